package org.onewindow.server.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.onewindow.server.error.InvalidFieldException;

class MobileNumberTest {

    @Test
    void aNumberMayBeWrittenWithSpacesOrDashesAndIsMaskedToItsEnds() {
        assertThat(MobileNumber.checked("138 1234-5678")).isEqualTo("13812345678");
        assertThat(MobileNumber.masked("13812345678")).isEqualTo("138****5678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1381234567", "138123456789", "12812345678", "23812345678", "1381234567a", "+8613812345678"})
    void anythingElseIsRefused(String given) {
        assertThatThrownBy(() -> MobileNumber.checked(given)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("mobile");
    }
}
