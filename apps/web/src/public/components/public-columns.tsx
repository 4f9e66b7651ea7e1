import type { TableColumnType } from 'antd';
import type { PublicWindow } from '../../shared/public-api';
import { PublicBasisText, PublicPeriod } from './public-period';

/** The deciding authority: its name, else its code. */
export const authorityColumn = <Item extends { readonly authority: { readonly name?: string; readonly code?: string } }>(
  title: string,
): TableColumnType<Item> => ({
  title,
  key: 'authority',
  render: (_, item) => item.authority.name ?? item.authority.code ?? '—',
  width: 170,
});

/** 公示期限: the window the record is published in, with the text that sets it. */
export const windowColumn = <Item extends { readonly window: PublicWindow }>(): TableColumnType<Item> => ({
  title: '公示期限',
  key: 'window',
  width: 210,
  render: (_, item) => (
    <>
      <PublicPeriod from={item.window.from} until={item.window.until} />
      <br />
      <small>
        依据：
        <PublicBasisText basis={item.window.basis} />
      </small>
    </>
  ),
});
