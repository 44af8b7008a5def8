import { describe, expect, it } from 'vitest';
import { can, type CurrentUser, type MembershipGrant } from '@/lib/auth/permissions';
import { cleanFileName, contentDisposition, formatBytes } from '@/lib/content/documents/files';
import { type FunctionSettings } from '@/lib/organizations/functions/tabs';
import { orgAuth } from '../support/org-auth';

const ORG = 1;
function userWith(grant: Partial<MembershipGrant> & Pick<MembershipGrant, 'role'>): CurrentUser {
  return { id: 1, personId: 1, login: 'u', fullName: 'U', memberships: [{ organizationId: ORG, organizationKind: 'authority', isAdmin: false, isModerator: false, isEditor: false, ...grant }] };
}
const org = (uploadBy: FunctionSettings['documents']['uploadBy']) => orgAuth(ORG, { functions: { documents: { enabled: true, uploadBy } } });

describe('documents permissions', () => {
  const staff = userWith({ role: 'employee' });
  const admin = userWith({ role: 'employee', isAdmin: true });
  const parent = userWith({ role: 'parent' });

  it('lets any staff member upload when the setting says staff', () => {
    expect(can(staff, 'org.documents.edit', org('staff'))).toBe(true);
    expect(can(admin, 'org.documents.edit', org('staff'))).toBe(true);
    expect(can(parent, 'org.documents.edit', org('staff'))).toBe(false);
    expect(can(null, 'org.documents.edit', org('staff'))).toBe(false);
  });

  it('lets only admins upload when the setting says admins', () => {
    expect(can(staff, 'org.documents.edit', org('admins'))).toBe(false);
    expect(can(admin, 'org.documents.edit', org('admins'))).toBe(true);
  });

  it('gives no rights in another organisation', () => {
    expect(can(admin, 'org.documents.edit', { ...org('staff'), id: 2 })).toBe(false);
    expect(can(staff, 'org.documents.private', orgAuth(2))).toBe(false);
  });

  it('lets admins restore and staff see private documents and the bin', () => {
    expect(can(admin, 'org.documents.restore', orgAuth(ORG))).toBe(true);
    expect(can(staff, 'org.documents.restore', orgAuth(ORG))).toBe(false);
    expect(can(staff, 'org.documents.private', orgAuth(ORG))).toBe(true);
    expect(can(parent, 'org.documents.private', orgAuth(ORG))).toBe(false);
    expect(can(null, 'org.documents.private', orgAuth(ORG))).toBe(false);
  });
});

describe('file names', () => {
  it('keeps only the base name, without control characters', () => {
    expect(cleanFileName('C:\\Users\\me\\Бұйрық №5.pdf')).toBe('Бұйрық №5.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\r\n.txt')).toBe('ab.txt');
  });

  it('writes a Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 5987)', () => {
    expect(contentDisposition('Бұйрық "№5".pdf')).toBe(
      `attachment; filename="______ _\u005f5_.pdf"; filename*=UTF-8''%D0%91%D2%B1%D0%B9%D1%80%D1%8B%D2%9B%20%22%E2%84%965%22.pdf`,
    );
    expect(contentDisposition("it's (1).txt")).toBe(`attachment; filename="it's (1).txt"; filename*=UTF-8''it%27s%20%281%29.txt`);
  });
});

describe('file sizes', () => {
  it('are written in the page language with its own letters: МБ in Kazakh and Russian (never a Latin M), MB in English', () => {
    expect(formatBytes(4 * 1024 ** 2, 'kk')).toBe('4 МБ');
    expect(formatBytes(44.8 * 1024 ** 2, 'kk')).toBe('44,8 МБ');
    expect(formatBytes(44.8 * 1024 ** 2, 'ru')).toBe('44,8 МБ');
    expect(formatBytes(44.8 * 1024 ** 2, 'en')).toBe('44.8 MB');
    expect(formatBytes(12 * 1024, 'kk')).toBe('12 кБ');
  });
});
