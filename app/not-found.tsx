import Link from 'next/link';

// Paths outside any locale (the proxy adds one to everything else).
export default function RootNotFound() {
  return (
    <html lang="kk">
      <body style={{ fontFamily: 'sans-serif', padding: 32 }}>
        <h1>404</h1>
        <p>
          <Link href="/kk">Kundelik</Link>
        </p>
      </body>
    </html>
  );
}
