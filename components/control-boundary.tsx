'use client';

import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';

/** Props of ControlBoundary. */
export interface ControlBoundaryProps {
  /** The control, e.g. 阅读设置; named in the console message. */
  name: string;
  /** What stands in for the control once it has failed; default nothing. */
  fallback?: ReactNode;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Contains a failing browser control: an error thrown while it renders or in its effects
 * removes that control (or shows `fallback`) and leaves the rest of the page as it is.
 * Without it React unmounts the whole page on any such error.
 */
export class ControlBoundary extends Component<ControlBoundaryProps, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`控件“${this.props.name}”出错，已停用：`, error, info.componentStack);
  }

  render(): ReactNode {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}
