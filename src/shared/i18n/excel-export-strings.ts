/**
 * The Excel export's texts (button and sheet labels). The button is shared, but its texts load
 * with the pages that have it: each feature's namespace takes this object under `exportXlsx` and
 * adds the name of its data sheet, so `/` carries none of it.
 */
export const excelExportStrings = {
  zh: {
    button: '导出 Excel（.xlsx）',
    busy: '正在生成 Excel…',
    failed: 'Excel 文件未能生成，请重试。',
    sources: '数据来源',
    dataDate: '数据日期',
    report: '报告',
    table: '表格与章节',
    rows: '导出行数',
    columnNotes: '列说明',
    notes: '所导出各行的数据说明',
    noteRow: '行',
    noteText: '说明',
    noNotes: '所导出的行没有数据说明。',
  },
  en: {
    button: 'Export Excel (.xlsx)',
    busy: 'Preparing Excel…',
    failed: 'The Excel file could not be made. Please try again.',
    sources: 'Sources',
    dataDate: 'Data date',
    report: 'Report',
    table: 'Table and section',
    rows: 'Rows exported',
    columnNotes: 'Column notes',
    notes: 'Data notes of the exported rows',
    noteRow: 'Row',
    noteText: 'Note',
    noNotes: 'The exported rows have no data notes.',
  },
} as const;
