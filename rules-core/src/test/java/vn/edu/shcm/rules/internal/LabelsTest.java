package vn.edu.shcm.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The Vietnamese and English names that messages print. */
class LabelsTest {

    @Test
    void recommendedSubjectCodesHaveTheirNames() {
        assertEquals(new Text("Toán", "Mathematics"), Labels.subject(" TOAN "));
        assertEquals(new Text("Khoa học tự nhiên", "Natural sciences"), Labels.subject("KHTN"));
        assertEquals(new Text("Giáo dục kinh tế và pháp luật", "Economic and legal education"),
                Labels.subject("GD_KT_PL"));
    }

    @Test
    void otherSubjectsPrintAsWrittenTrimmed() {
        assertEquals(new Text("Tiếng Hrê", "Tiếng Hrê"), Labels.subject(" Tiếng Hrê "));
        assertEquals(new Text("toan", "toan"), Labels.subject("toan"));
        assertNull(Labels.subject(null));
    }
}
