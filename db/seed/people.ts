import { buildIin } from '../../lib/people/iin';
import { type FullName, type Sex, toLatin } from './names';
import { addDays, type Random } from './random';

/** Rows are created from here on; "now" is the seed clock's (db/seed/clock.ts). */
export const SEED_BASE = new Date('2025-09-01T04:00:00Z');

export type UserPlan = { login: string; email: string | null; registeredAt: Date; lastSignInAt: Date | null };

export type PersonPlan = FullName & {
  birthDate: string;
  sex: Sex;
  iin: string;
  email: string | null;
  phone: string | null;
  createdAt: Date;
  user: UserPlan | null;
};

export type NewPerson = FullName & {
  birthDate: string;
  sex: Sex;
  /** Chance of having registered; ignored when `login` is given. */
  registerChance: number;
  /** A fixed login (the demo accounts): always registered. */
  login?: string;
  /** Chance that a registered person gave an e-mail. */
  emailChance: number;
  phoneChance: number;
};

const MOBILE_PREFIXES = ['701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'] as const;
const MAIL_DOMAINS = ['mail.ru', 'gmail.com', 'mail.kz', 'inbox.ru', 'yandex.kz'] as const;

/**
 * Collects persons and their accounts in a fixed order: that order is the insert order, so
 * person ids are the same on every run.
 */
export class PeopleBuilder {
  readonly persons: PersonPlan[] = [];
  private readonly nextSerial = new Map<string, number>();
  private readonly usedIins = new Set<string>();
  private nextUserNumber = 1001;

  constructor(
    private readonly rng: Random,
    private readonly now: Date,
  ) {}

  add(person: NewPerson): number {
    const rng = this.rng;
    const index = this.persons.length;
    const createdAt = new Date(SEED_BASE.getTime() + index * 7_000);
    const registered = person.login !== undefined || rng.chance(person.registerChance);
    const login = person.login ?? (registered ? `user${this.nextUserNumber++}` : null);
    const email =
      login !== null && (person.login !== undefined || rng.chance(person.emailChance))
        ? `${toLatin(person.name)}.${toLatin(person.surname)}${login.replace(/\D/g, '')}@${rng.pick(MAIL_DOMAINS)}`
        : null;
    const phone = rng.chance(person.phoneChance)
      ? `+7 ${rng.pick(MOBILE_PREFIXES)} ${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)}`
      : null;
    this.persons.push({
      surname: person.surname,
      name: person.name,
      patronymic: person.patronymic,
      birthDate: person.birthDate,
      sex: person.sex,
      iin: this.allocateIin(person.birthDate, person.sex),
      email,
      phone,
      createdAt,
      user: login === null ? null : this.userPlan(login, email, createdAt, person.login !== undefined),
    });
    return index;
  }

  private userPlan(login: string, email: string | null, createdAt: Date, demo: boolean): UserPlan {
    const rng = this.rng;
    const registeredAt = new Date(createdAt.getTime() + rng.int(3_600, 100 * 86_400) * 1000);
    if (demo) return { login, email, registeredAt, lastSignInAt: addDays(this.now, -1) };
    if (rng.chance(0.12)) return { login, email, registeredAt, lastSignInAt: null };
    // Roughly the guide's activity table: ~1 % signed in today, ~25 % this week, ~85 % this month.
    const roll = rng.next();
    const daysAgo =
      roll < 0.012 ? roll / 0.012 : roll < 0.25 ? 1 + ((roll - 0.012) / 0.238) * 6 : roll < 0.85 ? 7 + ((roll - 0.25) / 0.6) * 23 : 30 + ((roll - 0.85) / 0.15) * 290;
    const lastSignInAt = new Date(Math.max(this.now.getTime() - Math.floor(daysAgo * 86_400_000), registeredAt.getTime() + 3_600_000));
    return { login, email, registeredAt, lastSignInAt };
  }

  /** A valid IIN for the birth date and sex; the serial moves on past "no check digit" and duplicates. */
  private allocateIin(birthDate: string, sex: Sex): string {
    const key = `${birthDate}${sex}`;
    let serial = this.nextSerial.get(key) ?? this.rng.int(0, 8999);
    for (let attempts = 0; attempts < 10_000; attempts++, serial = (serial + 1) % 10_000) {
      const iin = buildIin(birthDate, sex, serial);
      if (iin === null || this.usedIins.has(iin)) continue;
      this.usedIins.add(iin);
      this.nextSerial.set(key, (serial + 1) % 10_000);
      return iin;
    }
    throw new Error(`No free IIN serial left for ${birthDate} ${sex}`);
  }
}
