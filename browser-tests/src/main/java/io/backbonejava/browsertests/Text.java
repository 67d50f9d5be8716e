package io.backbonejava.browsertests;

import java.util.List;

/** How scenarios print values in log lines, the same in every browser. */
final class Text {
    private Text() {
    }

    /**
     * A value as text: JSON numbers (doubles) without a trailing {@code .0} when whole, lists as
     * {@code [a, b]}, null as {@code null}.
     *
     * @param value the value
     * @return its text
     */
    static String of(Object value) {
        if (value instanceof Double) {
            double number = (Double) value;
            if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                return Long.toString((long) number);
            }
        }
        if (value instanceof List) {
            StringBuilder out = new StringBuilder("[");
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(of(list.get(i)));
            }
            return out.append(']').toString();
        }
        return String.valueOf(value);
    }
}
