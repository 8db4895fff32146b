package org.ordo.email.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import freemarker.template.Template;

/**
 * Reads FreeMarker's parsed tree, expressions included. FreeMarker publishes only the tree of
 * directives ({@link TemplateElement#getChildAt}); what an expression is made of is reachable only
 * through {@code TemplateObject}'s package-private {@code getNodeTypeSymbol}, {@code getParameterCount}
 * and {@code getParameterValue}, the methods FreeMarker's own error messages use to describe a node.
 * This class is the one place that opens them, so that a FreeMarker upgrade that changes them fails
 * here, loudly (every template is then refused), and never lets a template through unchecked.
 */
final class TemplateNodes {
    private static final Method SYMBOL;
    private static final Method PARAMETER_COUNT;
    private static final Method PARAMETER;
    private static final Class<?> BUILT_IN;
    private static final IllegalStateException UNREADABLE;

    static {
        Method symbol = null;
        Method count = null;
        Method parameter = null;
        Class<?> builtIn = null;
        IllegalStateException unreadable = null;
        try {
            symbol = open(TemplateObject.class.getDeclaredMethod("getNodeTypeSymbol"));
            count = open(TemplateObject.class.getDeclaredMethod("getParameterCount"));
            parameter = open(TemplateObject.class.getDeclaredMethod("getParameterValue", int.class));
            builtIn = Class.forName("freemarker.core.BuiltIn", false, Template.class.getClassLoader());
        } catch (ReflectiveOperationException | RuntimeException e) {
            unreadable = new IllegalStateException("This FreeMarker's parsed templates cannot be read, so no template can be"
                    + " checked: " + e, e);
        }
        SYMBOL = symbol;
        PARAMETER_COUNT = count;
        PARAMETER = parameter;
        BUILT_IN = builtIn;
        UNREADABLE = unreadable;
    }

    private TemplateNodes() {
    }

    private static Method open(Method method) {
        method.setAccessible(true);
        return method;
    }

    /** What FreeMarker calls the node: {@code #list}, {@code ${...}}, {@code ?upper_case}, {@code +}, a name... */
    static String symbol(TemplateObject node) {
        return (String) invoke(SYMBOL, node);
    }

    /** The node's own parts: expressions, names, flags; a directive's nested content is in {@link #children}. */
    static List<Object> parameters(TemplateObject node) {
        int count = (Integer) invoke(PARAMETER_COUNT, node);
        List<Object> parameters = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            parameters.add(invoke(PARAMETER, node, i));
        }
        return parameters;
    }

    static List<TemplateElement> children(TemplateElement element) {
        List<TemplateElement> children = new ArrayList<>(element.getChildCount());
        for (int i = 0; i < element.getChildCount(); i++) {
            children.add((TemplateElement) element.getChildAt(i));
        }
        return children;
    }

    static boolean isBuiltIn(TemplateObject node) {
        readable();
        return BUILT_IN.isInstance(node);
    }

    /** A built-in's name as written: {@code upper_case}, or {@code upperCase} in the camel-case convention. */
    static String builtInName(TemplateObject builtIn) {
        return (String) parameters(builtIn).get(1);
    }

    private static Object invoke(Method method, TemplateObject node, Object... arguments) {
        readable();
        try {
            return method.invoke(node, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("FreeMarker's parsed template is not readable", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Reading FreeMarker's parsed template failed", e.getCause());
        }
    }

    private static void readable() {
        if (UNREADABLE != null) {
            throw UNREADABLE;
        }
    }
}
