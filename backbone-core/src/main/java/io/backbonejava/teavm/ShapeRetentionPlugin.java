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
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * A TeaVM compiler plugin that lets backbone-core keep one blank object of every class of an app alive, so
 * that the JavaScript engine keeps the code it optimized for them. It is not part of the library's API: TeaVM
 * finds it in the library's jar through {@code META-INF/services} and installs it in every JavaScript build
 * that includes backbone-core. It writes the body of one method, which walks TeaVM's list of the app's
 * classes; the library calls that method after views are built (see {@code View}): when the task that built
 * them ends, and half a second later.
 *
 * <p>Why: V8 specialises optimized code for the hidden classes ("maps") of the objects it has seen, and
 * holds those maps weakly. When every object of a class has died (the rows and their views after a list is
 * cleared, say) and a full garbage collection runs, V8 frees that class's map and throws away all the
 * optimized code that mentioned it; the next render runs unoptimized until V8 has optimized it again. A
 * blank object per class keeps the maps, and the code with them. It is made by the class's JavaScript
 * allocation function alone, without running any Java constructor, so its fields hold only their defaults
 * ({@code null}, {@code 0}, {@code false}) and it keeps nothing else alive. A class's map can change in its
 * first uses (a field that held small integers gets a fraction), so the blanks are made again on each pass.
 * The blanks are kept in an array of their own: a property added to a constructor function would change
 * that function's map, and V8 would throw away the optimized constructors of its subclasses, which call it.
 *
 * <p>To compile without it (the method then keeps its empty Java body), set the TeaVM property
 * {@value #PROPERTY} to {@code false}; with the TeaVM Maven plugin:
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

    private static final MethodReference KEEP_ALL = new MethodReference("io.backbonejava.Shapes", "keepAll",
            ValueType.object("java.lang.Object"));

    /** Made by TeaVM's plugin loader. */
    public ShapeRetentionPlugin() {
    }

    @Override
    public void install(TeaVMHost host) {
        TeaVMJavaScriptHost js = host.getExtension(TeaVMJavaScriptHost.class);
        if (js != null && isEnabled(host.getProperties())) {
            host.add(new NativeKeepAll());
            js.add(KEEP_ALL, new KeepAllBody());
        }
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

    /** Declares {@code Shapes.keepAll()}, empty in Java, native, so that the generator below writes its body. */
    private static final class NativeKeepAll implements ClassHolderTransformer {
        @Override
        public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
            if (!cls.getName().equals(KEEP_ALL.getClassName())) {
                return;
            }
            MethodHolder method = cls.getMethod(KEEP_ALL.getDescriptor());
            if (method != null) {
                method.setProgram(null);
                method.getModifiers().add(ElementModifier.NATIVE);
            }
        }
    }

    /**
     * The body of {@code Shapes.keepAll()}: a blank object per class, and an empty array per array type, in a
     * new JavaScript array that the method returns. Nothing is stored on the classes' constructor functions:
     * a new property there changes the function's own map, and every optimized constructor that calls its
     * superclass through that function would be thrown away.
     */
    private static final class KeepAllBody implements Generator {
        @Override
        public void generate(GeneratorContext context, SourceWriter writer, MethodReference methodRef) {
            writer.append("let kept = [];").softNewLine();
            writer.append("for (let c of ").appendFunction("$rt_allClasses").append(") {").indent().softNewLine();
            writer.append("kept.push(new c());").softNewLine();
            writer.append("if (c[").appendFunction("$rt_meta").append("].arrayType) kept.push(")
                    .appendFunction("$rt_createArray").append("(c, 0));").softNewLine();
            writer.outdent().append("}").softNewLine();
            writer.append("return kept;").softNewLine();
        }
    }
}
