package io.backbonejava.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;

/** The browser's JSON.parse, its result turned into Java maps, lists, strings, doubles and booleans. */
final class BrowserJson {
    private BrowserJson() {
    }

    /** Parses with the native parser; a SyntaxError surfaces as a RuntimeException. */
    static Object parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No JSON text");
        }
        return toJava(Js.parseJson(text));
    }

    static Object toJava(JSObject value) {
        if (value == null || Js.isNullish(value)) {
            return null;
        }
        String type = Js.typeOf(value);
        if ("string".equals(type)) {
            return Js.asString(value);
        }
        if ("number".equals(type)) {
            return Js.asNumber(value);
        }
        if ("boolean".equals(type)) {
            return Js.asBoolean(value);
        }
        if (Js.isArray(value)) {
            int length = Js.length(value);
            List<Object> list = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                list.add(toJava(Js.at(value, i)));
            }
            return list;
        }
        JSObject keys = Js.keys(value);
        int count = Js.length(keys);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String key = Js.asString(Js.at(keys, i));
            map.put(key, toJava(Js.get(value, key)));
        }
        return map;
    }
}
