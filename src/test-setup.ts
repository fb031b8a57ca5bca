// jsdom lacks these; React Flow needs them when a component test renders a diagram.
if (typeof globalThis.window !== 'undefined' && !('ResizeObserver' in globalThis)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStub })
}
if (typeof globalThis.window !== 'undefined' && !('DOMMatrixReadOnly' in globalThis)) {
  class DOMMatrixReadOnlyStub {
    m22 = 1
  }
  Object.assign(globalThis, { DOMMatrixReadOnly: DOMMatrixReadOnlyStub })
}
