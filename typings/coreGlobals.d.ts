// The few globals the pure core may use: the same in every JavaScript engine it runs in
// (browsers, Web Workers, Node), so not the DOM's. tsconfig.core.json compiles src/core with
// these and without the DOM library; anything else a browser offers fails to compile there.

interface TextDecodeOptions {
  stream?: boolean;
}
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare function structuredClone<T>(value: T): T;
type TimerHandle = { readonly __timer: unique symbol } | number;
declare function setTimeout(callback: () => void, ms?: number): TimerHandle;
declare function clearTimeout(handle: TimerHandle | undefined): void;
// eslint-disable-next-line no-var -- a global read as globalThis.crypto must be declared with var
declare var crypto: { getRandomValues<T extends ArrayBufferView>(array: T): T };
