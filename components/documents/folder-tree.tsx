import { getTranslations } from 'next-intl/server';
import { NavLink } from '@/components/ui/nav-link';
import type { FolderNode } from '@/lib/content/documents/folder-tree';

/**
 * The folder tree (read-only display). `basePath` is the Documents address of the app
 * ('/org/{id}/documents') or of the public site ('/site/{id}/documents'); a folder opens as
 * `?folder={id}`, or as `{basePath}/{id}` with `folderInPath` (the static public site has no query).
 */
export async function FolderTree({
  tree,
  selectedId,
  basePath,
  folderInPath = false,
}: {
  tree: FolderNode[];
  selectedId: number | null;
  basePath: string;
  folderInPath?: boolean;
}) {
  const t = await getTranslations('Documents');
  const item = (label: string, folderId: number | null) => {
    const selected = folderId === selectedId;
    return (
      <NavLink
        href={folderId === null ? basePath : folderInPath ? `${basePath}/${folderId}` : { pathname: basePath, query: { folder: String(folderId) } }}
        aria-current={selected ? 'page' : undefined}
        className={`block rounded px-2 py-1 break-words hover:bg-sky-50 ${selected ? 'bg-sky-100 font-semibold text-sky-900' : 'text-neutral-800'}`}
      >
        {label}
      </NavLink>
    );
  };
  const branch = (nodes: FolderNode[]) => (
    <ul className="ml-3 flex flex-col gap-0.5 border-l border-neutral-200 pl-2">
      {nodes.map((node) => (
        <li key={node.id}>
          {item(node.name, node.id)}
          {node.children.length > 0 && branch(node.children)}
        </li>
      ))}
    </ul>
  );
  return (
    <nav aria-label={t('folders')}>
      <ul className="flex flex-col gap-0.5">
        <li>
          {item(t('root_folder'), null)}
          {tree.length > 0 && branch(tree)}
        </li>
      </ul>
    </nav>
  );
}
