import { useId, type ReactElement, type ReactNode } from 'react';

export interface PanelProps {
  title: ReactNode;
  /** Right-hand side of the header: source tags, toggles, actions. */
  meta?: ReactNode;
  children: ReactNode;
  className?: string;
  /** Stable id for in-page links; generated when absent. */
  id?: string;
}

/** A titled section of a page: the heading names the region for assistive technology. */
export function Panel({ title, meta, children, className, id }: PanelProps): ReactElement {
  const generated = useId();
  const headingId = `${id ?? generated}-title`;
  return (
    <section
      className={className ? `panel ${className}` : 'panel'}
      aria-labelledby={headingId}
      id={id}
    >
      <div className="panel-header">
        <h2 id={headingId}>{title}</h2>
        {meta ? <div className="panel-meta">{meta}</div> : null}
      </div>
      {children}
    </section>
  );
}
