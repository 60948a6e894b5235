package org.onewindow.server.statistics.range;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A range's statistics as an Excel workbook: one sheet, numbers as numbers, the header in bold. */
final class RangeXlsx {

    private RangeXlsx() {
    }

    static byte[] of(RangeStatistics s) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(s.from() + "至" + s.to());
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);

            List<String> header = RangeTable.header(s);
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = top.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> cells : RangeTable.rows(s)) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    if (value instanceof Number) {
                        row.createCell(i).setCellValue(((Number) value).doubleValue());
                    } else if (value != null) {
                        // A string cell is never a formula, whatever it starts with.
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(4, 1);
            for (int i = 0; i < 4; i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }
}
