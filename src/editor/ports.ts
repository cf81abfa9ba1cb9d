// What the editor needs from the world around it, declared here and implemented at the edge:
// platform/layoutClient.ts runs layouts in a Web Worker, editor/inProcessLayout.ts runs them in
// Node (tests, the command line); platform/files/fileService.ts picks and saves files.
import type { GenogramDocument } from '../core/model/types';
import type { LayoutResult } from '../core/layout/types';

export type LayoutAnswer = { status: 'done'; layout: LayoutResult } | { status: 'stale' } | { status: 'failed'; message: string };

/** Lays out documents, newest first: an answer overtaken by a newer request resolves 'stale'. */
export interface LayoutRunner {
  layout(doc: GenogramDocument): Promise<LayoutAnswer>;
  dispose(): void;
}

/** The clipboard, for what is on screen (the figure exports have their own, in platform/export). */
export interface ClipboardService {
  /** Puts the canvas, as it is on screen now, on the clipboard as a PNG. */
  copyViewAsImage(stamp?: string): Promise<void>;
  /** Saves the same picture as a PNG file (a download) named `fileName`. `stamp` ("As at 12 Mar 2025") is written in a corner of the picture. */
  saveViewAsImage(fileName: string, stamp?: string): Promise<void>;
}

/** A file the user picked, as bytes, with its name (the name chooses how it is read). */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** Opening and saving files: browser services, injected so the actions can be tested in Node. */
export interface FileService {
  /**
   * Asks the user for a file; resolves with it, or undefined when none was chosen. Rejects when
   * the chosen file cannot be read.
   */
  pickFile(accept: string): Promise<PickedFile | undefined>;
  /** Writes a file where the user chooses (or as a download); rejects with an AbortError when the user cancels. */
  saveFile(name: string, text: string, mime: string): Promise<void>;
}
