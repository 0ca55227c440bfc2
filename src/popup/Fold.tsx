/**
 * A section of the popup that opens from its heading. A toolbar popup is at most 600 px tall,
 * so what answers "does the pushed item fit" stays open and what backs it up (the evidence per
 * need, the price history, earlier visits) is one click or keypress away. The text stays in
 * the document when folded, so a screen reader's page search and find-in-page still reach it.
 */
import type { ComponentChildren } from 'preact';

interface FoldProps {
  /** The heading's id, which the section is labelled by. */
  id: string;
  heading: ComponentChildren;
  class?: string;
  /** Open to begin with: when nothing else on the popup says as much. */
  open?: boolean;
  headingClass?: string;
  children: ComponentChildren;
  data?: Record<string, string>;
}

export function Fold({ id, heading, class: className, open = false, headingClass, children, data = {} }: FoldProps) {
  return (
    <details class={`fold ${className ?? ''}`.trim()} open={open} aria-labelledby={id} {...data}>
      <summary>
        <h2 id={id} class={headingClass}>{heading}</h2>
      </summary>
      {children}
    </details>
  );
}
