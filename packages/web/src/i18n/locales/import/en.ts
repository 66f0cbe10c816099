import type { CatalogueShape } from '../../catalogue.ts';
import type { importNb } from './nb.ts';

/** English: importing from a spreadsheet. */
export const importEn: CatalogueShape<typeof importNb> = {
  heading: 'Import from a spreadsheet',
  intro:
    'Bring participants, employers and jobs into IPS Bridge from a spreadsheet (CSV or Excel), for example when the team moves over from spreadsheets or another tool.',
  allOrNothing:
    'All or nothing: if one row has a problem, nothing from the file is saved. So check the file before you import it.',
  choose: {
    heading: '1. Choose what to import',
    legend: 'What does the file contain?',
    order: 'Import participants and employers before jobs, because the jobs refer to them.',
    entities: {
      participants: 'Participants',
      employers: 'Employers',
      jobs: 'Jobs',
    },
    entitiesLower: {
      participants: 'participants',
      employers: 'employers',
      jobs: 'jobs',
    },
    entityHelp: {
      participants: 'People referred to IPS, with national identity number and referral date.',
      employers: "Employers for the team's employer register.",
      jobs: 'Jobs the participants have or have had. The participant is found by national identity number.',
    },
    fileLabel: 'File with {{what}}',
    fileDescription:
      'CSV (separated by semicolons or commas, UTF-8) or Excel (.xlsx, the first sheet). At most 50 MB. The first row names the columns.',
    fileProblems: {
      type: '"{{name}}" is not a CSV or XLSX file. Choose a file ending in .csv or .xlsx.',
      oldExcel: '"{{name}}" is in the old Excel format (.xls). Open it in Excel and save it as .xlsx or CSV.',
      empty: '"{{name}}" is empty.',
      tooLarge:
        '"{{name}}" is larger than 50 MB. Split it into several files, or ask an administrator to import it on the server.',
    },
  },
  columns: {
    toggle: 'Which columns should the file have?',
    format:
      'The order of the columns does not matter, and unknown columns are skipped. Write dates as 2026-11-22 or 22.11.2026, decimals with a comma or a point, and yes/no as ja/nei, yes/no, true/false or 1/0.',
    caption: 'Columns for {{what}}',
    column: 'Column',
    required: 'Required',
    meaning: 'Content',
    requiredValues: {
      yes: 'Yes',
      no: 'No',
      oneOf: 'One of them',
    },
    sample: 'Download the sample file {{file}}',
    participants: {
      given_name: 'Given name.',
      family_name: 'Family name.',
      national_id: 'National identity number, 11 digits. A number that is already registered is a problem.',
      phone: 'Phone number.',
      email: 'E-mail address.',
      referral_source: 'Who referred: {{values}}. The default is other.',
      referral_date: 'Referral date, not in the future.',
      specialist_username: 'The username of an employment specialist in the team, who joins the care team.',
      phase: 'The phase the participant is in now: {{values}}. The default is referred.',
    },
    employers: {
      name: 'The name of the employer.',
      organisation_number: 'Organisation number, 9 digits. A number already in the register is a problem.',
      sector: 'Sector.',
      address: 'Address.',
      notes: 'Notes.',
    },
    jobs: {
      national_id: 'The national identity number of a participant in the team.',
      employer: 'The name of the employer. If it is in the register, the job is linked to it.',
      organisation_number: 'The organisation number of an employer in the register.',
      title: 'Job title.',
      competitive: 'An ordinary job on ordinary terms (yes/no).',
      found_with_ips: 'Found with help from IPS (yes/no).',
      hours_per_week: 'Hours per week: more than 0, at most 100.',
      hourly_wage: 'Hourly wage in kroner, not negative.',
      start_date: 'Start date.',
      end_date: 'End date, if the job is over. Needs an end reason.',
      end_reason: 'End reason: {{values}}.',
    },
  },
  check: {
    heading: '2. Check the file',
    text: 'The check reads every row and lists every problem with its line and column. Nothing is saved.',
    button: 'Check file',
    chooseFileFirst: 'Choose a file first.',
    running: 'Checking the file …',
    rowsRead_one: '{{number}} row read so far',
    rowsRead_other: '{{number}} rows read so far',
    cleanHeading: 'No problems',
    clean_one: '{{number}} row, no problems. Nothing is saved yet: import the file in step 3.',
    clean_other: '{{number}} rows, no problems. Nothing is saved yet: import the file in step 3.',
    problemsHeading_one: '{{number}} problem in the file',
    problemsHeading_other: '{{number}} problems in the file',
    problemsText_one:
      '{{number}} row was checked, and nothing is saved. Fix the problems in the spreadsheet, save it and choose the file again.',
    problemsText_other:
      '{{number}} rows were checked, and nothing is saved. Fix the problems in the spreadsheet, save it and choose the file again.',
    firstShown: 'The table shows the first {{shown}}.',
    failed: 'We could not check the file',
    line: 'Line',
    column: 'Column',
    problem: 'Problem',
    wholeRow: '(the whole row)',
    wholeFile: '(the whole file)',
  },
  run: {
    heading: '3. Import',
    text: 'All or nothing: either every row in the file is saved, or none of them.',
    button: 'Import',
    notChecked: 'You can import once the check of this file has found no problems.',
    running: 'Importing …',
    doneHeading: 'The import is done',
    done: {
      participants_one: '{{number}} participant imported.',
      participants_other: '{{number}} participants imported.',
      employers_one: '{{number}} employer imported.',
      employers_other: '{{number}} employers imported.',
      jobs_one: '{{number}} job imported.',
      jobs_other: '{{number}} jobs imported.',
    },
    goTo: {
      participants: 'Go to the participants',
      employers: 'Go to the employers',
      jobs: 'Go to the participants',
    },
    another: 'Import another file',
    failedHeading: 'Nothing was imported',
    failedProblems:
      'The file had problems when it was to be saved, so nothing is saved. This can happen if someone registered the same thing after the check.',
    failed: 'The import failed, and nothing is saved.',
  },
  errors: {
    unreadable:
      'The file could not be read. Check that it is a CSV file (UTF-8) or an Excel file (.xlsx) with the column names in the first row.',
    tooLarge: 'The file is larger than 50 MB. Split it into several files.',
  },
  problemCodes: {
    national_id_taken:
      'This national identity number is already registered, or it is in the file more than once.',
    unknown_specialist: 'No employment specialist in the team has this username.',
    unknown_phase: 'Unknown phase. Use one of: {{values}}.',
    unknown_participant:
      'No participant in the team has this national identity number. Import the participants first.',
    employer_exists: 'An employer with this organisation number is already in the register.',
    organisation_number_format: 'An organisation number has 9 digits and starts with 8 or 9.',
    organisation_number_checksum: 'The organisation number is not valid. Check that every digit is right.',
    reason_required: 'A job with an end date needs an end reason (end_reason).',
    unknown_reason: 'Unknown end reason. Use one of: {{values}}.',
    hours_out_of_range: 'Hours per week must be more than 0 and at most 100.',
    negative_wage: 'The hourly wage cannot be negative.',
    end_before_start: 'The end date is before the start date.',
    empty: 'The file has no rows below the column names.',
    too_small: 'Missing, or the value is too small.',
    too_big: 'The value is too long or too large.',
    invalid_type: 'Missing, or not a valid value (for example yes/no or a number).',
    invalid_value: 'Not one of the allowed values. See "Which columns should the file have?".',
    date_format: 'Write the date as 2026-11-22 or 22.11.2026.',
  },
};
