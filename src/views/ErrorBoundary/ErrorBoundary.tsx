import { Component, type ErrorInfo, type ReactNode } from 'react';
import { RenderError } from './RenderError.tsx';

/** Props of ErrorBoundary. */
export interface ErrorBoundaryProps {
  /** What failed, in the reader's words, e.g. "the legend" or "the lane Toxicities". */
  what: string;
  /** Where the message is drawn: in HTML (a paragraph) or inside an SVG (a text element). */
  as?: 'html' | 'svg';
  /** Vertical position of the SVG message, in the parent's user units. */
  y?: number;
  /** The part that may fail. */
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Catches a rendering failure in one part of a page and shows a message in its place, so a bug
 * or an odd case breaks one lane or panel and never the whole page. The rest keeps working.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null };

  /** Switches to the message on the next render. */
  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  /** Leaves a trace for whoever debugs it; the reader sees the message in place. */
  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`Caselines: ${this.props.what} could not be shown.`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <RenderError
        what={this.props.what}
        message={error.message}
        as={this.props.as}
        y={this.props.y}
      />
    );
  }
}
