import { describe, expect, it } from 'vitest';
import { buildFolderTree, flattenTree, folderPath, isMoveIntoItself, liveFolders } from '@/lib/content/documents/folder-tree';

// Orders (1) › 2024 (2) › January (3); Reports (4); Archive (5, in the bin) › Old (6).
const folders = [
  { id: 1, parentId: null, name: 'Orders', deletedAt: null },
  { id: 2, parentId: 1, name: '2024', deletedAt: null },
  { id: 3, parentId: 2, name: 'January', deletedAt: null },
  { id: 4, parentId: null, name: 'Reports', deletedAt: null },
  { id: 5, parentId: null, name: 'Archive', deletedAt: new Date() },
  { id: 6, parentId: 5, name: 'Old', deletedAt: null },
];

describe('folder tree', () => {
  it('nests folders under their parents, sorted by name', () => {
    const tree = buildFolderTree(liveFolders(folders));
    expect(tree.map((n) => n.name)).toEqual(['Orders', 'Reports']);
    expect(tree[0]!.children[0]!.children[0]!.name).toBe('January');
    expect(flattenTree(tree).map((f) => `${f.depth}:${f.name}`)).toEqual(['0:Orders', '1:2024', '2:January', '0:Reports']);
  });

  it('hides a binned folder and everything below it', () => {
    expect(liveFolders(folders).map((f) => f.id)).toEqual([1, 2, 3, 4]);
  });

  it('refuses to move a folder into itself or any of its sub-folders', () => {
    expect(isMoveIntoItself(folders, 1, 1)).toBe(true);
    expect(isMoveIntoItself(folders, 1, 2)).toBe(true);
    expect(isMoveIntoItself(folders, 1, 3)).toBe(true);
    expect(isMoveIntoItself(folders, 2, 1)).toBe(false);
    expect(isMoveIntoItself(folders, 3, 4)).toBe(false);
    expect(isMoveIntoItself(folders, 3, null)).toBe(false);
  });

  it('gives the path from the top for breadcrumbs', () => {
    expect(folderPath(folders, 3).map((f) => f.name)).toEqual(['Orders', '2024', 'January']);
  });
});
