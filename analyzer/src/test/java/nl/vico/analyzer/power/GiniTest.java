package nl.vico.analyzer.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GiniTest {
    @Test
    void gini_equalValues_isZero() {
        assertThat(Gini.of(new double[] {3, 3, 3, 3})).isCloseTo(0.0, within(1e-15));
        assertThat(Gini.of(new double[] {7})).isCloseTo(0.0, within(1e-15));
    }

    @Test
    void gini_oneHoldsAll_isNMinusOneOverN() {
        // Σ|x_i − x_j| over ordered pairs = 2·3·1 = 6; / (2·n²·mean) = 6 / (2·16·1/4) = 0.75
        assertThat(Gini.of(new double[] {0, 0, 5, 0})).isCloseTo(0.75, within(1e-15));
    }

    @Test
    void gini_oneTwoThree_isTwoNinths() {
        // ordered pairs: 2·(1 + 2 + 1) = 8; 2·n²·mean = 2·9·2 = 36; 8/36 = 2/9
        assertThat(Gini.of(new double[] {3, 1, 2})).isCloseTo(2.0 / 9, within(1e-15));
    }

    @Test
    void gini_nothingToDistribute_isUndefined() {
        assertThat(Gini.of(new double[0])).isNaN();
        assertThat(Gini.of(new double[] {0, 0})).isNaN();
    }

    @Test
    void gini_negativeValues_areRefused() {
        assertThatThrownBy(() -> Gini.of(new double[] {1, -1})).hasMessageContaining("0 or more");
    }
}
