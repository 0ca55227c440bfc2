/** Reading and writing JSON files the shopper picks or saves: all local, nothing uploaded. */

const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function downloadJson(data: unknown, fileName: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Parses a picked file as JSON, with errors a person can act on. */
export async function readJsonFile(file: File): Promise<unknown> {
  if (file.size > MAX_FILE_BYTES) throw new Error(`the file is ${Math.round(file.size / 1e6)} MB; a Needfit file is far smaller`);
  const text = await file.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`the file is not valid JSON (${(error as Error).message.slice(0, 120)})`, { cause: error });
  }
}
