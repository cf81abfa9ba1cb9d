export type ExportStage = 'figure' | 'image' | 'drawing' | 'encoding' | 'writing' | 'done';

export interface ExportProgress {
  stage: ExportStage;
  /** 0 to 1, for a progress bar. */
  fraction: number;
  /** What is happening, in words for the status line. */
  message: string;
}

export type ProgressListener = (progress: ExportProgress) => void;

export interface ExportControl {
  onProgress?: ProgressListener;
  signal?: AbortSignal;
}

/**
 * Reports a stage and lets the browser paint before the next (possibly long,
 * blocking) step, so the progress bar really moves; stops if cancelled.
 */
export async function reachStage(control: ExportControl | undefined, progress: ExportProgress): Promise<void> {
  control?.signal?.throwIfAborted();
  control?.onProgress?.(progress);
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  control?.signal?.throwIfAborted();
}
