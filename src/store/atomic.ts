/** Write a file so a crash never leaves half of it: temp file, fsync, rename over the old one. */
import { mkdir, open, rename } from "node:fs/promises";
import { dirname } from "node:path";

let writes = 0;

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${++writes}.tmp`;
  const handle = await open(tmp, "w");
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, file);
}
