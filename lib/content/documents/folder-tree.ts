/** Pure logic of the document folders (F-2.4): the nested tree and the moves it allows. */

export type FolderRow = { id: number; parentId: number | null; name: string };
export type FolderNode = FolderRow & { children: FolderNode[] };

/** Folders nested under their parents, each level sorted by name; orphans go to the top level. */
export function buildFolderTree(folders: readonly FolderRow[]): FolderNode[] {
  const nodes = new Map(folders.map((f) => [f.id, { ...f, children: [] as FolderNode[] }]));
  const roots: FolderNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: FolderNode[]) => {
    list.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** The folder and every folder below it. */
export function descendantIds(folders: readonly FolderRow[], folderId: number): Set<number> {
  const found = new Set([folderId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const f of folders) {
      if (f.parentId !== null && found.has(f.parentId) && !found.has(f.id)) {
        found.add(f.id);
        grew = true;
      }
    }
  }
  return found;
}

/** A folder cannot move into itself or into one of its own sub-folders. */
export function isMoveIntoItself(folders: readonly FolderRow[], folderId: number, targetParentId: number | null): boolean {
  return targetParentId !== null && descendantIds(folders, folderId).has(targetParentId);
}

/** The path from the top to the folder, for breadcrumbs. */
export function folderPath(folders: readonly FolderRow[], folderId: number): FolderRow[] {
  const byId = new Map(folders.map((f) => [f.id, f]));
  const path: FolderRow[] = [];
  for (let f = byId.get(folderId); f && path.length <= folders.length; f = f.parentId === null ? undefined : byId.get(f.parentId)) path.unshift(f);
  return path;
}

/** Folders flattened in tree order with their depth: the options of a "move to" list. */
export function flattenTree(tree: readonly FolderNode[], depth = 0): Array<FolderRow & { depth: number }> {
  return tree.flatMap((node) => [{ id: node.id, parentId: node.parentId, name: node.name, depth }, ...flattenTree(node.children, depth + 1)]);
}

/** Folders still reachable: neither they nor any folder above them is in the bin. */
export function liveFolders<T extends FolderRow & { deletedAt: Date | null }>(folders: readonly T[]): T[] {
  const byId = new Map(folders.map((f) => [f.id, f]));
  const live = new Map<number, boolean>();
  const isLive = (f: T, depth = 0): boolean => {
    const known = live.get(f.id);
    if (known !== undefined) return known;
    const parent = f.parentId === null ? undefined : byId.get(f.parentId);
    const result = f.deletedAt === null && depth <= folders.length && (parent === undefined ? f.parentId === null : isLive(parent, depth + 1));
    live.set(f.id, result);
    return result;
  };
  return folders.filter((f) => isLive(f));
}
