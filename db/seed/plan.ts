import type { InstructionLanguage } from '../../lib/organizations/register/schemas';
import type { SeedClock } from './clock';
import type { MunicipalitySeed, TerritorySeed } from './territories';
import type { PeopleBuilder } from './people';
import type { TeacherCategory } from './reference-data';

/**
 * The whole demo as plain data before it is written: organisations, people and memberships
 * refer to each other by their index in these arrays, which is also their insert order.
 */

export type Role = 'leader' | 'deputy' | 'employee' | 'director' | 'deputy_director' | 'head_of_studies' | 'teacher' | 'student' | 'parent';

export type OrganizationPlan = {
  kind: 'authority' | 'institution';
  fullName: string;
  shortName: string;
  description: string;
  institutionTypeCode: string | null;
  organizationalStructure: 'independent' | 'branch';
  territoryKato: string;
  /**
   * An authority's jurisdiction territory, given at installation (lib/organizations/jurisdiction/assign.ts):
   * the top authority its region, a district department its district; null for institutions.
   */
  jurisdictionKato: string | null;
  /** Index of the parent organisation in the plan; null for the top authority. */
  parentIndex: number | null;
  legalAddress: string;
  actualAddress: string;
  phones: string;
  fax: string;
  email: string;
  website: string;
  licenceInfo: string;
  accreditationInfo: string;
  /** An institution's languages of instruction (the register's codes); none for an authority. */
  languages: InstructionLanguage[];
};

export type MembershipPlan = {
  personIndex: number;
  organizationIndex: number;
  role: Role;
  position: string;
  employment: string;
  arrivalDate: string | null;
  isAdmin: boolean;
  isModerator: boolean;
  isEditor: boolean;
  category: TeacherCategory | null;
  attestationDate: string | null;
};

export type StructuralUnitPlan = {
  organizationIndex: number;
  name: string;
  headPersonIndex: number;
  info: string;
  members: Array<{ personIndex: number; note: string }>;
};

export type ScaleConfig = {
  authorityFullName: string;
  authorityShortName: string;
  regionKato: string;
  regionNameKk: string;
  /** Postal address of the authority's building. */
  authorityAddress: string;
  /** Municipalities that hold institutions, each with a district department. */
  municipalities: readonly MunicipalitySeed[];
  /** Further districts of the region without institutions. */
  otherDistricts: readonly TerritorySeed[];
  institutionsPerMunicipality: number;
  teachers: readonly [number, number];
  students: readonly [number, number];
  deputyDirectors: number;
  headsOfStudies: number;
  /** Chance of having registered, per municipality (cycled): higher in the first, as in the guide. */
  registration: ReadonlyArray<{ staff: number; student: number; parent: number }>;
  /** Fixed institution type sequence (demo) or null for weighted random types (city). */
  typeSequence: readonly string[] | null;
  /** Institutions (by index within a municipality) that are branches; used with typeSequence. */
  branchIndexes: readonly number[];
};

/** Children of one family at one school and their parents (the journal links them). */
export type FamilyPlan = { organizationIndex: number; students: number[]; parents: number[] };

export type SeedPlan = {
  config: ScaleConfig;
  clock: SeedClock;
  organizations: OrganizationPlan[];
  memberships: MembershipPlan[];
  units: StructuralUnitPlan[];
  families: FamilyPlan[];
  people: PeopleBuilder;
};

export function membership(
  personIndex: number,
  organizationIndex: number,
  role: Role,
  extra: Partial<Omit<MembershipPlan, 'personIndex' | 'organizationIndex' | 'role'>> = {},
): MembershipPlan {
  return {
    personIndex,
    organizationIndex,
    role,
    position: extra.position ?? '',
    employment: extra.employment ?? '',
    arrivalDate: extra.arrivalDate ?? null,
    isAdmin: extra.isAdmin ?? false,
    isModerator: extra.isModerator ?? false,
    isEditor: extra.isEditor ?? false,
    category: extra.category ?? null,
    attestationDate: extra.attestationDate ?? null,
  };
}
