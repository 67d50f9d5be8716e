package io.backbonejava.teavm;

import java.util.Properties;
import org.teavm.backend.javascript.TeaVMJavaScriptHost;
import org.teavm.backend.javascript.codegen.SourceWriter;
import org.teavm.backend.javascript.spi.Generator;
import org.teavm.backend.javascript.spi.GeneratorContext;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * A TeaVM compiler plugin that keeps, for every class an app instantiates, one blank instance alive, so
 * that the JavaScript engine never forgets the shape of that class's objects. It is not part of the
 * library's API: TeaVM finds it on the class path through {@code META-INF/services} and installs it in every
 * JavaScript build that includes backbone-core; nothing of it runs on the JVM.
 *
 * <p>Why: V8 specialises optimized code for the hidden classes ("maps") of the objects it has seen, and
 * holds those maps weakly. When every model, view, option set or iterator of a class has died (after a
 * collection is reset or cleared, say) and a full garbage collection runs, V8 frees that class's map and
 * throws away all the optimized code that mentioned it; the next render runs unoptimized until V8 has
 * optimized it again. One blank instance per class keeps the map, and the code with it. The blank
 * instance is made by the class's JavaScript allocation function alone, without running any Java
 * constructor: its fields hold only their defaults ({@code null}, {@code 0}, {@code false}), so it keeps
 * nothing else alive. A class's fields can change representation in its first uses (a field that first
 * held small integers receives a fraction, say), which gives the class a new map; so the blank instance
 * is made again from time to time, more and more rarely: a few dozen objects per class over a page's
 * life.
 *
 * <p>How: the plugin replaces the empty body of {@code java.lang.Object}'s constructor, which every
 * constructor chain ends in, with a few lines of JavaScript. The same lines keep an empty array of the
 * class and of each of its superclasses, whose hidden classes die the same way. To cost almost nothing per
 * object, they look at one construction in eight or so, at random, and a class's blank instance is made at
 * the 1st, 2nd, 4th, 8th... time one of its constructions is looked at; a class built only once or twice
 * may go without one, but such a class is rarely what hot code depends on. Each app grows by about 200
 * bytes gzipped. To compile without it, set the TeaVM property
 * {@value #PROPERTY} to {@code false}, with the TeaVM Maven plugin:
 *
 * <pre>{@code
 * <configuration>
 *   <mainClass>com.example.App</mainClass>
 *   <properties>
 *     <backbone.retainShapes>false</backbone.retainShapes>
 *   </properties>
 * </configuration>
 * }</pre>
 */
public final class ShapeRetentionPlugin implements TeaVMPlugin {
    /** The TeaVM property that turns the plugin off when set to {@code false}. */
    public static final String PROPERTY = "backbone.retainShapes";

    private static final MethodDescriptor CONSTRUCTOR = new MethodDescriptor("<init>", void.class);
    private static final MethodReference OBJECT_CONSTRUCTOR = new MethodReference(Object.class.getName(),
            CONSTRUCTOR);

    /** Made by TeaVM's plugin loader. */
    public ShapeRetentionPlugin() {
    }

    @Override
    public void install(TeaVMHost host) {
        TeaVMJavaScriptHost js = host.getExtension(TeaVMJavaScriptHost.class);
        if (js == null || !isEnabled(host.getProperties())) {
            return;
        }
        host.add(new NativeObjectConstructor());
        js.add(OBJECT_CONSTRUCTOR, new RetainingConstructor());
    }

    /**
     * Tells whether the plugin works in a build with these TeaVM properties: unless {@value #PROPERTY} is
     * {@code false} (in any case).
     *
     * @param properties the build's TeaVM properties; may be null
     * @return false only when the property turns the plugin off
     */
    public static boolean isEnabled(Properties properties) {
        String value = properties == null ? null : properties.getProperty(PROPERTY);
        return value == null || !value.trim().equalsIgnoreCase("false");
    }

    /** Declares Object's constructor native, so that the generator below writes its body. */
    private static final class NativeObjectConstructor implements ClassHolderTransformer {
        @Override
        public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
            if (!cls.getName().equals(Object.class.getName())) {
                return;
            }
            MethodHolder constructor = cls.getMethod(CONSTRUCTOR);
            if (constructor != null) {
                constructor.setProgram(null);
                constructor.getModifiers().add(ElementModifier.NATIVE);
            }
        }
    }

    /**
     * The body of Object's constructor. Its common path only counts down, on Object's own constructor
     * function, to the next construction it looks at: every 1st to 16th, at random, so that no fixed pattern
     * of allocations hides a class from it. That construction's class counts how often it was looked at,
     * on its JavaScript constructor function, and at every power of two gets a new blank instance, and it and
     * each of its superclasses a new empty array of their type.
     */
    private static final class RetainingConstructor implements Generator {
        @Override
        public void generate(GeneratorContext context, SourceWriter writer, MethodReference methodRef) {
            String self = context.getParameterName(0);
            writer.append("let o = ").appendClass(Object.class).append(";").softNewLine();
            writer.append("if (!(--o.$bbShapeWait >= 0)) {").indent().softNewLine();
            writer.append("o.$bbShapeWait = Math.random() * 16 | 0;").softNewLine();
            writer.append("let c = ").append(self).append(".constructor, n = (c.$bbShapeCount | 0) + 1;")
                    .softNewLine();
            writer.append("c.$bbShapeCount = n;").softNewLine();
            writer.append("if ((n & (n - 1)) === 0) {").indent().softNewLine();
            writer.append("c.$bbShape = new c();").softNewLine();
            writer.append("for (let k = c; k; k = k[").appendFunction("$rt_meta").append("].parent) ")
                    .append("k.$bbArrayShape = ").appendFunction("$rt_createArray").append("(k, 0);")
                    .softNewLine();
            writer.outdent().append("}").softNewLine();
            writer.outdent().append("}").softNewLine();
        }
    }
}
