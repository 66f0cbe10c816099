import { Select } from '@navikt/ds-react';
import type { ChangeEvent } from 'react';
import type { PublicTeam } from '../../api/referrals.ts';

export interface TeamGroup {
  region: string | null;
  teams: PublicTeam[];
}

/** Teams grouped by region (county), regions and teams in alphabetical order; teams without a region last. */
export function groupTeamsByRegion(teams: readonly PublicTeam[], locale: string): TeamGroup[] {
  const collator = new Intl.Collator(locale);
  const groups = new Map<string | null, PublicTeam[]>();
  for (const team of teams) {
    const list = groups.get(team.region) ?? [];
    list.push(team);
    groups.set(team.region, list);
  }
  return [...groups.entries()]
    .map(([region, list]) => ({ region, teams: list.sort((a, b) => collator.compare(a.name, b.name)) }))
    .sort((a, b) => {
      if (a.region === null) return 1;
      if (b.region === null) return -1;
      return collator.compare(a.region, b.region);
    });
}

/**
 * Picks the IPS team, grouped by region so people find the one near them. Teams are listed by name, so a screen
 * reader reads the name first; the region is the group's label.
 */
export function TeamSelect({
  id,
  label,
  description,
  placeholder,
  otherRegion,
  teams,
  locale,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  description?: string;
  placeholder: string;
  /** The group label for teams without a region. */
  otherRegion: string;
  teams: readonly PublicTeam[];
  locale: string;
  value: string;
  onChange: (teamId: string) => void;
  error?: string | undefined;
}) {
  const groups = groupTeamsByRegion(teams, locale);
  return (
    <Select
      id={id}
      name="teamId"
      label={label}
      description={description}
      value={value}
      onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
      error={error}
    >
      <option value="">{placeholder}</option>
      {groups.map((group) => (
        <optgroup key={group.region ?? ''} label={group.region ?? otherRegion}>
          {group.teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </optgroup>
      ))}
    </Select>
  );
}
