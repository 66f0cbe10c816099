/**
 * The jobseeker's CV, drafted from their career profile and the jobs recorded in IPS, then edited by them or their
 * specialist. Work periods are month precision ('YYYY-MM'); the newest experience comes first.
 */
export interface CvExperience {
  title: string;
  employer: string;
  from: string;
  to: string | null;
  description: string;
}

export interface CvEducation {
  subject: string;
  institution: string | null;
  year: number | null;
  completed: boolean;
}

export interface Cv {
  headline: string;
  summary: string;
  experience: CvExperience[];
  education: CvEducation[];
  interests: string[];
}

export interface CvSources {
  profile: {
    workHistory: ReadonlyArray<{
      employer: string;
      title: string;
      from: string;
      to?: string | null;
      wentWell?: string | null;
    }>;
    education: ReadonlyArray<{
      subject: string;
      institution?: string | null;
      completed: boolean;
      year?: number | null;
    }>;
    preferences: { jobTypes: readonly string[] };
    strengths: string;
  } | null;
  jobs: ReadonlyArray<{ employerName: string; title: string; startDate: string; endDate: string | null }>;
}

const month = (date: string) => date.slice(0, 7);

export function draftCv(sources: CvSources): Cv {
  const fromProfile: CvExperience[] = (sources.profile?.workHistory ?? []).map((w) => ({
    title: w.title,
    employer: w.employer,
    from: w.from,
    to: w.to ?? null,
    description: w.wentWell ?? '',
  }));
  const fromJobs: CvExperience[] = sources.jobs.map((j) => ({
    title: j.title,
    employer: j.employerName,
    from: month(j.startDate),
    to: j.endDate ? month(j.endDate) : null,
    description: '',
  }));
  // A job recorded both in the profile and in IPS appears once.
  const seen = new Set<string>();
  const experience = [...fromJobs, ...fromProfile]
    .filter((e) => {
      const key = `${e.employer.toLowerCase()}|${e.title.toLowerCase()}|${e.from}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
  return {
    headline: sources.profile?.preferences.jobTypes.slice(0, 3).join(', ') ?? '',
    summary: sources.profile?.strengths ?? '',
    experience,
    education: (sources.profile?.education ?? []).map((e) => ({
      subject: e.subject,
      institution: e.institution ?? null,
      year: e.year ?? null,
      completed: e.completed,
    })),
    interests: [...(sources.profile?.preferences.jobTypes ?? [])],
  };
}
