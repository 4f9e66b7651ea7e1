import { Table, type TableColumnsType } from 'antd';
import type { PublicPaging } from './use-public-page';
import { PAGE_SIZE } from './use-public-page';

/** A page of a public list as a table with a caption and antd's (keyboard-usable) pagination. */
export function PublicTable<Item extends object>({
  caption,
  columns,
  paging,
  rowKey,
}: {
  caption: string;
  columns: TableColumnsType<Item>;
  paging: PublicPaging<Item>;
  rowKey: (item: Item, index?: number) => string;
}) {
  if (paging.error) return null; // the alert says why; an empty table would say there is nothing published
  return (
    <Table<Item>
      caption={caption}
      columns={columns}
      dataSource={paging.data?.items as Item[] | undefined}
      rowKey={rowKey}
      loading={paging.loading}
      size="middle"
      scroll={{ x: 900 }}
      locale={{ emptyText: paging.q.trim().length >= 2 ? '没有符合条件的公示信息' : '暂无公示信息' }}
      pagination={{
        current: paging.page,
        pageSize: PAGE_SIZE,
        total: paging.data?.total ?? 0,
        showSizeChanger: false,
        showTotal: (total) => `共 ${total} 条`,
        onChange: (page) => paging.setPage(page),
      }}
    />
  );
}
