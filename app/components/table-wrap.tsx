import type { ReactNode } from 'react';

/**
 * A wide table's scrolling box. It can take keyboard focus, so that someone without a mouse can
 * scroll it sideways, and it is a named region, so that screen readers say what it holds.
 */
export function TableWrap({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={className ? `table-wrap ${className}` : 'table-wrap'}
      role="region"
      aria-label={label}
      // A scrollable region must be reachable by keyboard (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      {children}
    </div>
  );
}
