/** A backslash, an empty, `.` or `..` segment, or a leading or trailing slash. */
const NOT_NORMAL = /\\|\/\/|^\/|\/$|(?:^|\/)\.\.?(?:\/|$)|^$/;

/** Vault paths use `/`, have no leading `/` or `./`, and keep their case. */
export function normalizeVaultPath(path: string): string {
  // Most paths are normal already (every path from the vault or the cache is): return them as they are.
  if (!NOT_NORMAL.test(path)) return path;
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

export function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function extensionOf(path: string): string {
  const name = fileNameOf(path);
  const i = name.lastIndexOf('.');
  return i <= 0 ? '' : name.slice(i + 1).toLowerCase();
}

/** File name without `.md`. */
export function noteNameOf(path: string): string {
  return stripMd(fileNameOf(path));
}

export function stripMd(path: string): string {
  return /\.md$/i.test(path) ? path.slice(0, -3) : path;
}

export function isMarkdownPath(path: string): boolean {
  return extensionOf(path) === 'md';
}

export function isInFolder(path: string, folder: string): boolean {
  const f = normalizeVaultPath(folder);
  if (f === '') return false;
  return path.toLowerCase().startsWith(f.toLowerCase() + '/');
}

/** Extensions of files Obsidian links to that are not notes: such links are attachments, not graph edges. */
const ATTACHMENT_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'bmp', 'svg', 'webp', 'avif', 'heic', 'tif', 'tiff',
  'mp3', 'wav', 'm4a', 'ogg', 'flac', 'webm', '3gp', 'mp4', 'mov', 'mkv', 'ogv',
  'pdf', 'canvas', 'base', 'docx', 'xlsx', 'pptx', 'zip', 'txt', 'csv', 'json', 'html',
]);

export function isAttachmentTarget(target: string): boolean {
  // Most link targets are note names without an extension: no need to cut and lower-case them.
  const dot = target.lastIndexOf('.');
  if (dot <= target.lastIndexOf('/') + 1) return false;
  return ATTACHMENT_EXTENSIONS.has(extensionOf(target));
}
