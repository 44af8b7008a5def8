/**
 * A field people never see or reach (off-screen, out of the tab order, hidden from screen
 * readers); robots that fill every field fill it, and the server then stores nothing.
 */
export function Honeypot({ label }: { label: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label>
        {label}
        <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}
