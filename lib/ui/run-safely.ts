/**
 * Sets up one browser control so that its failure stays its own: an error thrown while it
 * sets up (or cleans up) is logged and the control does nothing, while the page and every
 * other control go on. For the report page's controls, whether they run as React effects
 * today or as plain scripts: a thrown error in a React effect would otherwise unmount the
 * whole page. Returns the control's cleanup.
 */
export function runSafely(control: string, setUp: () => void | (() => void)): () => void {
  const report = (error: unknown) => console.error(`控件“${control}”出错，已停用：`, error);
  try {
    const cleanUp = setUp();
    return () => {
      try {
        cleanUp?.();
      } catch (error) {
        report(error);
      }
    };
  } catch (error) {
    report(error);
    return () => {};
  }
}
