// Outside any locale (the proxy adds one to every path, so this is all but never shown). Without
// it Next.js puts its own styled 403 page in every page's payload (issue 13).
export default function RootForbidden() {
  return (
    <html lang="kk">
      <body>
        <h1>403</h1>
      </body>
    </html>
  );
}
