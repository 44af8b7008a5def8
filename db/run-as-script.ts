import { pathToFileURL } from 'node:url';

/**
 * Runs `main` when the module at `moduleUrl` is the script node was started with (`tsx db/….ts`),
 * and exits with its code; an error is printed as its message (no stack for a refused input).
 */
export function runAsScript(moduleUrl: string, main: () => Promise<number>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
