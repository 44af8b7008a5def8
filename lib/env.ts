import { z } from 'zod';
import { parseTrustedProxies } from './client-address';
import { ADMISSION_LIMIT } from './http/admission';
import type { S3Settings } from './storage/s3';

/**
 * The environment, validated once. Optional services switch on by their variables:
 * an S3-compatible store with S3_BUCKET (and its keys), uploadthing with UPLOADTHING_TOKEN,
 * SMTP with SMTP_URL, Resend with RESEND_API_KEY, several app servers with REDIS_URL.
 */
const schema = z.object({
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgres:// URL' }),
  NEXTAUTH_SECRET: z.string().min(16, { message: 'NEXTAUTH_SECRET must be at least 16 characters' }),
  NEXTAUTH_URL: z.string().url().optional(),
  UPLOADTHING_TOKEN: z.string().min(1).optional(),
  RESEND_API_KEY: z.string().min(1).optional(),
  /** The authority's own mail server: smtp://user:password@host:587 (STARTTLS) or smtps://…:465. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/?#]+/, { message: 'SMTP_URL must be smtp://user:password@host:port (STARTTLS) or smtps://user:password@host:465' })
    .optional(),
  /** Several app servers: Next's cache and the front cache's drops shared through this Redis (README "Several app servers"). */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/[^/?#]+(\/\d+)?$/, { message: 'REDIS_URL must be redis://[:password@]host:port[/db] (rediss:// with TLS)' })
    .optional(),
  /** Files in an S3-compatible object store (MinIO, Ceph, a local cloud) instead of local disk. */
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: z.string().url({ message: 'S3_ENDPOINT must be the store\'s address, such as https://s3.example.kz' }).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** `true`: bucket in the path (MinIO, Ceph); `false`: bucket in the host name. Unset: path style when S3_ENDPOINT is set. */
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false'], { message: 'S3_FORCE_PATH_STYLE is true or false' }).optional(),
  /** `off` for a pooler in transaction mode (PgBouncer): statements are then not prepared per connection (db/index.ts). */
  DATABASE_PREPARE: z.enum(['on', 'off'], { message: 'DATABASE_PREPARE is on or off' }).default('on'),
  /**
   * Connections to PostgreSQL per app process (db/index.ts). Few on purpose: when every connection
   * is busy, postgres.js sends the next queries down one already open, several in one write, and
   * each write to a connection costs a wake-up of its backend. Measured (issue 13, 150 users, two
   * workers): 10 connections 204–211 pages/s, 4 → 218–219, 2 → 222–229. Four keeps a slow report
   * query from holding up half of the others.
   */
  DATABASE_POOL_SIZE: z.coerce
    .number({ message: 'DATABASE_POOL_SIZE must be a whole number from 1 to 100' })
    .int({ message: 'DATABASE_POOL_SIZE must be a whole number from 1 to 100' })
    .min(1, { message: 'DATABASE_POOL_SIZE must be a whole number from 1 to 100' })
    .max(100, { message: 'DATABASE_POOL_SIZE must be a whole number from 1 to 100' })
    .default(4),
  /** Pages and actions one app server renders at once; the others wait in order (lib/http/admission.ts). */
  RENDER_CONCURRENCY: z.coerce.number({ message: 'RENDER_CONCURRENCY must be a whole number from 1' }).int().positive().default(ADMISSION_LIMIT),
  /**
   * Worker processes of this app server (lib/http/workers.ts): up to one per core. More than one
   * needs REDIS_URL, where the workers share Next's cache as several servers do.
   */
  APP_WORKERS: z.coerce.number({ message: 'APP_WORKERS must be a whole number from 1' }).int({ message: 'APP_WORKERS must be a whole number from 1' }).min(1, { message: 'APP_WORKERS must be a whole number from 1' }).max(64, { message: 'APP_WORKERS is at most 64 (one per core)' }).default(1),
  /** Where the embedded database and local files live (`.data` by default). */
  KUNDELIK_DATA_DIR: z.string().min(1).optional(),
  /** Largest document a user may upload, in bytes (50 MB by default). */
  DOCUMENT_MAX_BYTES: z.coerce.number().int().positive().default(50 * 1024 * 1024),
  MAIL_FROM: z.string().default('Kundelik <no-reply@kundelik.local>'),
  /**
   * Proxies in front of the app whose X-Forwarded-For is believed (lib/client-address.ts): a hop
   * count ("1") or addresses and CIDR ranges ("10.0.0.1, 10.1.0.0/16"). Unset: the socket address.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `TRUSTED_PROXIES: ${(error as Error).message}; give a hop count or addresses / CIDR ranges separated by commas` });
        return z.NEVER;
      }
    }),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /**
   * Strict-Transport-Security max-age in seconds (0: none). Unset: a year when NEXTAUTH_URL is
   * https://, none otherwise — browsers only heed it over https.
   */
  HSTS_MAX_AGE: z.coerce.number().int().min(0).max(63_072_000, { message: 'HSTS_MAX_AGE is at most two years (63072000)' }).optional(),
}).superRefine((env, ctx) => {
  if (env.HSTS_MAX_AGE && !env.NEXTAUTH_URL?.startsWith('https://')) {
    ctx.addIssue({ code: 'custom', path: ['HSTS_MAX_AGE'], message: 'HSTS_MAX_AGE needs NEXTAUTH_URL on https:// (the app must be served over https)' });
  }
  const s3Given = env.S3_BUCKET || env.S3_ENDPOINT || env.S3_ACCESS_KEY_ID || env.S3_SECRET_ACCESS_KEY;
  for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
    if (s3Given && !env[name]) ctx.addIssue({ code: 'custom', path: [name], message: `${name} is needed with the other S3_* settings (S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY)` });
  }
  if (env.APP_WORKERS > 1 && !env.REDIS_URL) {
    ctx.addIssue({ code: 'custom', path: ['APP_WORKERS'], message: 'APP_WORKERS above 1 needs REDIS_URL: the workers share Next\'s cache there (README, "Several app servers")' });
  }
  if (env.SMTP_URL && env.RESEND_API_KEY) {
    ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'SMTP_URL and RESEND_API_KEY choose two mail services: set one of them' });
  }
  if (env.S3_BUCKET && env.UPLOADTHING_TOKEN) {
    ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'S3_BUCKET and UPLOADTHING_TOKEN choose two file stores: set one of them' });
  }
}).transform((env) => ({ ...env, s3: s3Settings(env) }));

/** The S3 store's settings gathered from the S3_* variables, or undefined when none is set. */
function s3Settings(env: { S3_BUCKET?: string; S3_ENDPOINT?: string; S3_REGION: string; S3_ACCESS_KEY_ID?: string; S3_SECRET_ACCESS_KEY?: string; S3_FORCE_PATH_STYLE?: 'true' | 'false' }): S3Settings | undefined {
  if (!env.S3_BUCKET || !env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY) return undefined;
  return {
    bucket: env.S3_BUCKET,
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : Boolean(env.S3_ENDPOINT),
  };
}

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

const YEAR_SECONDS = 31_536_000;

/** The Strict-Transport-Security max-age to send: HSTS_MAX_AGE, or a year on https, or none. */
export function hstsMaxAge(env: Env): number {
  return env.HSTS_MAX_AGE ?? (env.NEXTAUTH_URL?.startsWith('https://') ? YEAR_SECONDS : 0);
}

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}
