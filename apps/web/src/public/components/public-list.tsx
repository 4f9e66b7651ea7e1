import type { TableColumnsType } from 'antd';
import type { ItemOf } from '../../shared/api-types';
import { publicApi, type PublicAnswer, type PublicPage } from '../../shared/public-api';
import { ListFilter } from './list-filter';
import { LoadAlert } from './load-alert';
import { PublicTable } from './public-table';
import { PAGE_SIZE, usePublicPage } from './use-public-page';

type ListPath = 'double-publicity' | 'inspections' | 'lists';
export type ListItem<Path extends ListPath> = ItemOf<PublicAnswer<Path>['items']>;

interface PublicListProps<Path extends ListPath, Item> {
  readonly path: Path;
  readonly kind?: string;
  readonly caption: string;
  readonly columns: TableColumnsType<Item>;
  readonly rowKey: (item: Item) => string;
}

/**
 * A public list (GET /v1/public/<path>, `kind` when it has kinds): the filter by name or code, why it did not load,
 * and the table with its pages; the filter and page live in the address. The items are the path's answer's.
 */
export function PublicList<Path extends ListPath, Item extends ListItem<Path> & object>({
  path,
  kind,
  caption,
  columns,
  rowKey,
}: PublicListProps<Path, Item>) {
  const paging = usePublicPage<Item>((q, page) => publicApi<PublicPage<Item>>(path, { kind, q, page, limit: PAGE_SIZE }), [path, kind]);
  return (
    <>
      <ListFilter label="按企业名称或统一社会信用代码筛选" value={paging.q} onChange={paging.setQ} />
      <LoadAlert error={paging.error} />
      <PublicTable caption={caption} columns={columns} paging={paging} rowKey={rowKey} />
    </>
  );
}
