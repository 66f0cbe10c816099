import type { Readable } from 'node:stream';
import { createJobBody, createParticipantBody, employerBody } from '@ips-bridge/contracts';
import {
  appendAudit,
  type Db,
  type DbOrTrx,
  existingNationalIds,
  insertEmployer,
  insertJob,
  insertParticipantsBulk,
  listEmployers,
  participantIdsByNationalId,
} from '@ips-bridge/db';
import {
  JOB_END_REASONS,
  jobProblems,
  osloDate,
  PHASES,
  type Phase,
  referralDateProblem,
  validateNationalId,
} from '@ips-bridge/domain';
import type { z } from 'zod';
import { decimal, isoDate, orNull, yesNo } from './cells.ts';
import { type ImportFormat, type ImportRow, readImportRows } from './rows.ts';

export const IMPORT_ENTITIES = ['participants', 'employers', 'jobs'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export interface ImportProblem {
  line: number;
  field: string;
  code: string;
  message: string;
}

export interface ImportReport {
  entity: ImportEntity;
  dryRun: boolean;
  rowsRead: number;
  /** Rows written (0 when it was a dry run or any row had a problem: imports are all or nothing). */
  imported: number;
  problemCount: number;
  /** The first problems, each with its line and field (at most MAX_LISTED_PROBLEMS). */
  problems: ImportProblem[];
}

export interface ImportOptions {
  entity: ImportEntity;
  format: ImportFormat;
  input: Readable;
  teamId: string;
  actor: { id: string; role: string };
  dryRun: boolean;
  now: Date;
  requestId: string | null;
  onProgress?: (rowsRead: number) => void;
}

export const MAX_LISTED_PROBLEMS = 1000;
const BATCH = 500;

/** Marks the transaction for rollback after a dry run or a file with problems. */
class RollBack extends Error {}

function zodProblems(line: number, error: z.ZodError): ImportProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return [];
    const custom =
      issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
    return [
      {
        line,
        field: issue.path.join('.') || '(row)',
        code: typeof custom === 'string' ? custom : issue.code,
        message: issue.message,
      },
    ];
  });
}

/**
 * Imports participants, employers or jobs from a spreadsheet, streaming: rows are read, checked and written in
 * batches inside one transaction, so memory does not grow with the file. Every row's problem is reported with its
 * line and field; if there is any problem, or it is a dry run, the transaction is rolled back and nothing is kept.
 */
export async function runImport(db: Db, options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = {
    entity: options.entity,
    dryRun: options.dryRun,
    rowsRead: 0,
    imported: 0,
    problemCount: 0,
    problems: [],
  };
  const addProblems = (found: ImportProblem[]) => {
    report.problemCount += found.length;
    for (const p of found) if (report.problems.length < MAX_LISTED_PROBLEMS) report.problems.push(p);
  };
  const today = osloDate(options.now);
  let written = 0;

  try {
    await db.transaction().execute(async (trx) => {
      const importer = await importerFor(trx, options, today);
      let batch: ImportRow[] = [];
      const flush = async () => {
        const { problems, written: n } = await importer(batch);
        addProblems(problems);
        written += n;
        batch = [];
      };
      for await (const row of readImportRows(options.input, options.format)) {
        report.rowsRead++;
        batch.push(row);
        if (batch.length >= BATCH) {
          await flush();
          options.onProgress?.(report.rowsRead);
        }
      }
      await flush();
      options.onProgress?.(report.rowsRead);
      if (report.rowsRead === 0)
        addProblems([{ line: 1, field: '(file)', code: 'empty', message: 'The file has no rows' }]);
      if (options.dryRun || report.problemCount > 0) throw new RollBack();
      await appendAudit(trx, [
        {
          actorUserId: options.actor.id,
          actorRole: options.actor.role,
          action: `import.${options.entity}`,
          participantId: null,
          outcome: 'allowed',
          reason: `${written} rows`,
          requestId: options.requestId,
        },
      ]);
    });
    report.imported = written;
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  return report;
}

type BatchImporter = (rows: ImportRow[]) => Promise<{ problems: ImportProblem[]; written: number }>;

async function importerFor(trx: DbOrTrx, options: ImportOptions, today: string): Promise<BatchImporter> {
  switch (options.entity) {
    case 'participants':
      return participantsImporter(trx, options, today);
    case 'employers':
      return employersImporter(trx, options);
    case 'jobs':
      return jobsImporter(trx, options, today);
  }
}

async function participantsImporter(
  trx: DbOrTrx,
  options: ImportOptions,
  today: string,
): Promise<BatchImporter> {
  const specialists = new Map(
    (
      await trx
        .selectFrom('app_user')
        .select(['id', 'username'])
        .where('team_id', '=', options.teamId)
        .where('role', '=', 'employment_specialist')
        .execute()
    ).map((u) => [u.username, u.id]),
  );
  return async (rows) => {
    const problems: ImportProblem[] = [];
    const valid: Parameters<typeof insertParticipantsBulk>[1][number][] = [];
    const lines: number[] = [];
    for (const { line, cells } of rows) {
      const parsed = createParticipantBody.safeParse({
        givenName: cells.given_name ?? '',
        familyName: cells.family_name ?? '',
        nationalId: cells.national_id ?? '',
        phone: orNull(cells.phone),
        email: orNull(cells.email),
        referralSource: cells.referral_source || 'other',
        referralDate: isoDate(cells.referral_date) ?? '',
      });
      if (!parsed.success) {
        problems.push(...zodProblems(line, parsed.error));
        continue;
      }
      const body = parsed.data;
      const rowProblems: ImportProblem[] = [];
      const dateProblem = referralDateProblem(body.referralDate, today);
      if (dateProblem)
        rowProblems.push({
          line,
          field: 'referral_date',
          code: dateProblem,
          message: 'Not a usable referral date',
        });
      const phase = (cells.phase || 'referred') as Phase;
      if (!PHASES.includes(phase))
        rowProblems.push({
          line,
          field: 'phase',
          code: 'unknown_phase',
          message: `One of ${PHASES.join(', ')}`,
        });
      const specialistName = cells.specialist_username?.toLowerCase();
      const specialistId = specialistName ? (specialists.get(specialistName) ?? null) : null;
      if (specialistName && !specialistId) {
        rowProblems.push({
          line,
          field: 'specialist_username',
          code: 'unknown_specialist',
          message: 'No such specialist in the team',
        });
      }
      const identity = validateNationalId(body.nationalId);
      if (rowProblems.length > 0 || !identity.valid) {
        problems.push(...rowProblems);
        continue;
      }
      valid.push({
        teamId: options.teamId,
        givenName: body.givenName,
        familyName: body.familyName,
        nationalId: body.nationalId,
        birthDate: identity.birthDate,
        phone: body.phone,
        email: body.email,
        referralSource: body.referralSource,
        referralDate: body.referralDate,
        createdBy: options.actor.id,
        phase,
        phaseSince: body.referralDate,
        specialistId,
      });
      lines.push(line);
    }
    // Already registered, earlier in this file included (those rows are in the transaction already).
    const taken = await existingNationalIds(
      trx,
      valid.map((v) => v.nationalId),
    );
    const seen = new Set<string>();
    const fresh = valid.filter((v, i) => {
      const duplicate = taken.has(v.nationalId) || seen.has(v.nationalId);
      seen.add(v.nationalId);
      if (duplicate) {
        problems.push({
          line: lines[i] ?? 0,
          field: 'national_id',
          code: 'national_id_taken',
          message: 'Already registered',
        });
      }
      return !duplicate;
    });
    if (problems.length === 0) await insertParticipantsBulk(trx, fresh);
    return { problems, written: problems.length === 0 ? fresh.length : 0 };
  };
}

async function employersImporter(trx: DbOrTrx, options: ImportOptions): Promise<BatchImporter> {
  const known = new Set(
    (await listEmployers(trx, options.teamId, null)).flatMap((e) =>
      e.organisationNumber ? [e.organisationNumber] : [],
    ),
  );
  return async (rows) => {
    const problems: ImportProblem[] = [];
    let written = 0;
    for (const { line, cells } of rows) {
      const parsed = employerBody.safeParse({
        name: cells.name ?? '',
        organisationNumber: orNull(cells.organisation_number),
        sector: orNull(cells.sector),
        address: orNull(cells.address),
        notes: cells.notes ?? '',
      });
      if (!parsed.success) {
        problems.push(...zodProblems(line, parsed.error));
        continue;
      }
      const number = parsed.data.organisationNumber;
      if (number && known.has(number)) {
        problems.push({
          line,
          field: 'organisation_number',
          code: 'employer_exists',
          message: 'Already in the register',
        });
        continue;
      }
      if (number) known.add(number);
      if (problems.length === 0) {
        await insertEmployer(trx, {
          ...parsed.data,
          teamId: options.teamId,
          createdBy: options.actor.id,
          at: options.now,
        });
        written++;
      }
    }
    return { problems, written };
  };
}

async function jobsImporter(trx: DbOrTrx, options: ImportOptions, today: string): Promise<BatchImporter> {
  const employers = await listEmployers(trx, options.teamId, null);
  const byNumber = new Map(
    employers.flatMap((e) => (e.organisationNumber ? [[e.organisationNumber, e] as const] : [])),
  );
  const byName = new Map(employers.map((e) => [e.name.toLowerCase(), e] as const));
  return async (rows) => {
    const problems: ImportProblem[] = [];
    const participants = await participantIdsByNationalId(
      trx,
      options.teamId,
      rows.map((r) => r.cells.national_id ?? ''),
    );
    let written = 0;
    for (const { line, cells } of rows) {
      const employer =
        (cells.organisation_number && byNumber.get(cells.organisation_number.replace(/\s/g, ''))) ||
        (cells.employer ? byName.get(cells.employer.toLowerCase()) : undefined);
      const parsed = createJobBody.safeParse({
        employerId: employer?.id ?? null,
        employerName: employer ? null : orNull(cells.employer),
        title: cells.title ?? '',
        competitive: yesNo(cells.competitive),
        hoursPerWeek: decimal(cells.hours_per_week),
        hourlyWage: decimal(cells.hourly_wage),
        startDate: isoDate(cells.start_date) ?? '',
        foundWithIps: yesNo(cells.found_with_ips),
      });
      const participantId = participants.get(cells.national_id ?? '');
      if (!participantId) {
        problems.push({
          line,
          field: 'national_id',
          code: 'unknown_participant',
          message: 'No participant in the team with this number',
        });
      }
      if (!parsed.success) {
        problems.push(...zodProblems(line, parsed.error));
        continue;
      }
      const endDate = isoDate(cells.end_date) ?? null;
      for (const p of jobProblems({ ...parsed.data, endDate }, today)) {
        problems.push({
          line,
          field: p.field === 'endDate' ? 'end_date' : p.field,
          code: p.code,
          message: p.code,
        });
      }
      const endReason = cells.end_reason
        ? (JOB_END_REASONS.find((r) => r === cells.end_reason) ?? null)
        : null;
      if (endDate && !cells.end_reason) {
        problems.push({
          line,
          field: 'end_reason',
          code: 'reason_required',
          message: 'A job that ended needs a reason',
        });
      } else if (cells.end_reason && !endReason) {
        problems.push({
          line,
          field: 'end_reason',
          code: 'unknown_reason',
          message: `One of ${JOB_END_REASONS.join(', ')}`,
        });
      }
      if (problems.length > 0 || !participantId) continue;
      const id = await insertJob(trx, {
        participantId,
        employerId: employer?.id ?? null,
        employerName: employer?.name ?? parsed.data.employerName ?? '',
        title: parsed.data.title,
        competitive: parsed.data.competitive,
        hoursPerWeek: parsed.data.hoursPerWeek,
        hourlyWage: parsed.data.hourlyWage,
        startDate: parsed.data.startDate,
        foundWithIps: parsed.data.foundWithIps,
        createdBy: options.actor.id,
        at: options.now,
      });
      if (endDate && endReason) {
        await trx
          .updateTable('job')
          .set({ end_date: endDate, end_reason: endReason })
          .where('id', '=', id)
          .execute();
      }
      written++;
    }
    return { problems, written };
  };
}
