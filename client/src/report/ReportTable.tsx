import type { ReactNode } from 'react'

/** One column of a report table: its heading and what each row shows in it. */
export interface ReportColumn<Row> {
  head: string
  cell: (row: Row) => ReactNode
  /** The row's name: written as the row's header (`<th scope="row">`). */
  names?: boolean
  /** Figures: right-aligned, heading and cells alike. */
  numeric?: boolean
  /** The cells' own class. */
  className?: string
}

interface ReportTableProps<Row> {
  columns: ReadonlyArray<ReportColumn<Row>>
  rows: readonly Row[]
  rowKey: (row: Row) => string
  /** `data-…` attributes a row carries, for the stylesheet. */
  rowData?: (row: Row) => Record<`data-${string}`, string | boolean | undefined>
  dense?: boolean
}

/** A table of the report, drawn from its columns: a header row, then one row a record. */
export function ReportTable<Row>({ columns, rows, rowKey, rowData, dense = false }: ReportTableProps<Row>) {
  return (
    <table className={dense ? 'report__table report__table--dense' : 'report__table'}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.head} scope="col" className={column.numeric ? 'report__number' : undefined}>
              {column.head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowData?.(row)}>
            {columns.map((column) =>
              column.names ? (
                <th key={column.head} scope="row" className={cellClass(column)}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.head} className={cellClass(column)}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function cellClass(column: { numeric?: boolean; className?: string }): string | undefined {
  return [column.numeric && 'report__number', column.className].filter(Boolean).join(' ') || undefined
}
