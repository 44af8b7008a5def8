import 'server-only';
import { getDb } from '@/db/index';
import type { Locale } from '@/lib/i18n/routing';
import { pageWindow } from '@/lib/pagination';
import { localName } from '../queries';
import { findUnitForEdit, listStructuralUnits, listSubordinates, listUnitCandidates, type SubordinateOrganization } from './commands';

/** Reads of the Structure tab (F-2.2) for pages and the public site. */

/** 20 institutions a page keep the tab under 60 KB of HTML (issue 13). */
export const INSTITUTIONS_PAGE_SIZE = 20;
const ORGANIZATIONS_LIMIT = 200;

export type SubordinateView = { id: number; name: string; typeName: string | null };

function view(org: SubordinateOrganization, locale: Locale): SubordinateView {
  const typeName = org.typeNameKk === null ? null : localName({ nameKk: org.typeNameKk, nameRu: org.typeNameRu ?? '', nameEn: org.typeNameEn ?? '' }, locale);
  return { id: org.id, name: org.fullName, typeName };
}

export async function getStructure({
  orgId,
  locale,
  institutionsPage,
  institutionsPageSize = INSTITUTIONS_PAGE_SIZE,
}: {
  orgId: number;
  locale: Locale;
  institutionsPage: number;
  institutionsPageSize?: number;
}) {
  const db = getDb();
  const [units, organizations, institutions] = await Promise.all([
    listStructuralUnits(db, { orgId }),
    listSubordinates(db, { orgId, kind: 'authority', limit: ORGANIZATIONS_LIMIT }),
    listSubordinates(db, { orgId, kind: 'institution', ...pageWindow(institutionsPage, institutionsPageSize) }),
  ]);
  return {
    units,
    organizations: { items: organizations.items.map((o) => view(o, locale)), total: organizations.total },
    institutions: { items: institutions.items.map((o) => view(o, locale)), total: institutions.total },
  };
}

export function getUnitForEdit({ orgId, unitId }: { orgId: number; unitId: number }) {
  return findUnitForEdit(getDb(), { orgId, unitId });
}

export function getUnitCandidates({ orgId }: { orgId: number }) {
  return listUnitCandidates(getDb(), { orgId });
}
