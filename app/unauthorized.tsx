// Outside any locale, as app/forbidden.tsx: replaces Next.js's own styled 401 page, which every
// page's payload would otherwise carry (issue 13). The app answers a missing session with the
// sign-in page, not with unauthorized().
export default function RootUnauthorized() {
  return (
    <html lang="kk">
      <body>
        <h1>401</h1>
      </body>
    </html>
  );
}
