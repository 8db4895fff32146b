package org.ordo.email.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ordo.api.error.ValidationException;

import freemarker.core.OutputFormat;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import freemarker.template.Template;

/**
 * Refuses, before it ever runs, a template whose rendering could escape its time limit or grow
 * without bound. FreeMarker itself assumes trusted template authors ({@code ?interpret},
 * {@code ?eval} and regular expressions run unchecked; a value can be doubled again and again), so
 * every node of the parsed tree, expressions included, is checked against what is allowed:
 * <ul>
 * <li>directives that only choose and repeat ({@code #if}, {@code #list}, {@code #switch}...): no
 * variables, macros or functions, so a value can never be built up step by step or recursively;</li>
 * <li>the built-ins of {@link AllowedBuiltIns}, called with literal arguments, a lengthening one never
 * applied to what another lengthened;</li>
 * <li>{@code #list} and {@code ?join} go through data, literals or a range of at most
 * {@value #MAX_RANGE} numbers as they are (or sorted), so a loop variable never holds a built value;</li>
 * <li>at most {@value #MAX_EXPRESSION_PARTS} parts in one directive's expressions and
 * {@value #MAX_NESTING} levels of directives.</li>
 * </ul>
 * What is left runs each instruction in bounded time and memory; loops are stopped by the renderer's
 * time limit and output by its length limit.
 */
final class TemplateCheck {
    static final int MAX_NESTING = 40;
    static final int MAX_EXPRESSION_PARTS = 128;
    static final int MAX_RANGE = 1000;
    static final int MAX_PAD = 200;
    static final int MAX_LITERAL_ARGUMENT = 100;

    private static final Set<String> DIRECTIVES = Set.of("#mixed_content", "#text", "#--...--", "${...}",
            "#if-#elseif-#else-container", "#if", "#elseif", "#else", "#list-#else-container", "#list", "#items", "#sep",
            "#break", "#continue", "#switch", "#case", "#default", "#on", "#compress", "#autoesc", "#t", "#lt", "#rt", "#nt");
    private static final Map<String, String> DIRECTIVES_WHY_NOT = Map.ofEntries(
            Map.entry("#assign", "variables are not allowed: a value built up step by step can grow without bound"),
            Map.entry("#global", "variables are not allowed: a value built up step by step can grow without bound"),
            Map.entry("#local", "variables are not allowed: a value built up step by step can grow without bound"),
            Map.entry("#macro", "macros and functions are not allowed: they can call themselves without end"),
            Map.entry("#function", "macros and functions are not allowed: they can call themselves without end"),
            Map.entry("@", "macros and functions are not allowed: they can call themselves without end"),
            Map.entry("#include", "email templates cannot load other templates"),
            Map.entry("#import", "email templates cannot load other templates"),
            Map.entry("#setting", "email templates cannot change settings"),
            Map.entry("#noautoesc", "values are always escaped in HTML emails"),
            Map.entry("#outputformat", "values are always escaped in HTML emails"),
            Map.entry("#escape", "values are always escaped in HTML emails"),
            Map.entry("#{...}", "use ${...}, of which #{...} is the deprecated form"));
    /** Expression nodes that read or combine values and nothing more, by FreeMarker's class names. */
    private static final Set<String> OPERATIONS = Set.of("Identifier", "Dot", "StringLiteral", "NumberLiteral",
            "BooleanLiteral", "ListLiteral", "HashLiteral", "AddConcatExpression", "ArithmeticExpression",
            "UnaryPlusMinusExpression", "NotExpression", "AndExpression", "OrExpression", "ComparisonExpression",
            "ExistsExpression", "DefaultToExpression", "ParentheticalExpression");
    private static final Set<String> SPECIAL_VARIABLES = Set.of(".now", ".lang", ".locale");

    private final String field;
    private int parts;

    private TemplateCheck(String field) {
        this.field = field;
    }

    /** @throws ValidationException naming the line and column of the first thing that is not allowed */
    static void check(String field, Template template, OutputFormat format, boolean escaping) {
        if (!template.getOutputFormat().equals(format) || template.getAutoEscaping() != escaping) {
            throw new ValidationException(field, "line 1: #ftl may not change the output format or turn off escaping");
        }
        new TemplateCheck(field).element(template.getRootTreeNode(), 0);
    }

    private void element(TemplateElement element, int depth) {
        if (depth > MAX_NESTING) {
            throw refused(element, "directives nest more than " + MAX_NESTING + " deep");
        }
        // Its expressions first: <@"..."?interpret/> is refused for ?interpret, the reason that matters
        parts = 0;
        List<Object> parameters = TemplateNodes.parameters(element);
        for (Object parameter : parameters) {
            if (parameter instanceof TemplateObject expression) {
                expression(expression, false, false);
            }
        }
        String symbol = TemplateNodes.symbol(element);
        if (!DIRECTIVES.contains(symbol)) {
            throw refused(element, symbol + " is not allowed in email templates: "
                    + DIRECTIVES_WHY_NOT.getOrDefault(symbol, "use #if, #list, #switch and ${...}"));
        }
        if ("#list".equals(symbol) && !isSequenceAsGiven(parameters.get(0))) {
            throw refused(element, "#list may only go through the order's data, a list of literals or a range, as they"
                    + " are or sorted");
        }
        for (TemplateElement child : TemplateNodes.children(element)) {
            element(child, depth + 1);
        }
    }

    /**
     * @param lengthened whether an enclosing built-in lengthens this value
     * @param sliceKey whether this is the key of {@code x[...]}, where a range only cuts {@code x} shorter
     */
    private void expression(TemplateObject node, boolean lengthened, boolean sliceKey) {
        if (++parts > MAX_EXPRESSION_PARTS) {
            throw refused(node, "more than " + MAX_EXPRESSION_PARTS + " parts in one directive's expressions; split it up");
        }
        if (TemplateNodes.isBuiltIn(node)) {
            builtIn(node, lengthened);
            return;
        }
        String kind = node.getClass().getSimpleName();
        switch (kind) {
        case "MethodCall" -> methodCall(node, lengthened);
        case "Range" -> range(node, sliceKey);
        case "BuiltinVariable" -> {
            if (!SPECIAL_VARIABLES.contains(node.getCanonicalForm())) {
                throw refused(node, node.getCanonicalForm() + " is not allowed in email templates; "
                        + String.join(", ", SPECIAL_VARIABLES) + " are");
            }
        }
        case "DollarVariable" -> expressions(node, lengthened); // ${...} inside a string literal
        case "DynamicKeyName" -> {
            List<Object> parameters = TemplateNodes.parameters(node);
            expression((TemplateObject) parameters.get(0), lengthened, false);
            expression((TemplateObject) parameters.get(1), lengthened, true);
        }
        default -> {
            if (!OPERATIONS.contains(kind)) {
                throw refused(node, shortly(node) + " is not allowed in email templates");
            }
            expressions(node, lengthened);
        }
        }
    }

    private void expressions(TemplateObject node, boolean lengthened) {
        for (Object parameter : TemplateNodes.parameters(node)) {
            if (parameter instanceof TemplateObject expression) {
                expression(expression, lengthened, false);
            }
        }
    }

    private void builtIn(TemplateObject node, boolean lengthened) {
        List<Object> parameters = TemplateNodes.parameters(node);
        String written = (String) parameters.get(1);
        String name = AllowedBuiltIns.canonical(written);
        if (!AllowedBuiltIns.allowed(name)) {
            throw refused(node, "?" + written + " is not allowed in email templates: " + AllowedBuiltIns.whyNot(name));
        }
        boolean lengthens = AllowedBuiltIns.lengthens(name);
        if (lengthens && lengthened) {
            throw refused(node, "?" + written + " may not be applied to a value that ?url, ?url_path, ?left_pad, ?right_pad"
                    + " or ?join has already lengthened");
        }
        if ("join".equals(name) && !isSequenceAsGiven(parameters.get(0))) {
            throw refused(node, "?join may only join the order's data, a list of literals or a range, as they are or sorted");
        }
        expression((TemplateObject) parameters.get(0), lengthened || lengthens, false);
        // ?then and ?switch: the values they choose from
        for (Object argument : parameters.subList(2, parameters.size())) {
            expression((TemplateObject) argument, lengthened, false);
        }
    }

    private void methodCall(TemplateObject call, boolean lengthened) {
        List<Object> parameters = TemplateNodes.parameters(call);
        TemplateObject target = (TemplateObject) parameters.get(0);
        expression(target, lengthened, false);
        String name = TemplateNodes.isBuiltIn(target) ? AllowedBuiltIns.canonical(TemplateNodes.builtInName(target)) : "";
        if (!AllowedBuiltIns.calledWithLiterals(name)) {
            throw refused(call, shortly(call) + ": only built-ins such as ?string(...) or ?join(...) can be called");
        }
        List<Object> arguments = parameters.subList(1, parameters.size());
        for (Object argument : arguments) {
            if (!isLiteralArgument(argument)) {
                throw refused(call, "?" + name + "(...) takes literal arguments only, such as \"text\" of at most "
                        + MAX_LITERAL_ARGUMENT + " characters, 12 or true");
            }
            expression((TemplateObject) argument, lengthened, false);
        }
        if (AllowedBuiltIns.PADDING.contains(name) && (arguments.isEmpty() || !isNumberUpTo(arguments.get(0), MAX_PAD))) {
            throw refused(call, "?" + name + " pads to at most " + MAX_PAD + " characters");
        }
    }

    /** A range that is listed or joined must be small; one that slices a text or list only shortens it. */
    private void range(TemplateObject range, boolean sliceKey) {
        List<Object> ends = TemplateNodes.parameters(range);
        if (!sliceKey) {
            String symbol = TemplateNodes.symbol(range);
            // FreeMarker takes the ends as ints: keeping them small keeps them from wrapping round
            BigDecimal from = smallNumber(ends.get(0));
            BigDecimal to = smallNumber(ends.get(1));
            if (from == null || to == null || size(symbol, from, to).compareTo(BigDecimal.valueOf(MAX_RANGE)) > 0) {
                throw refused(range, "a range outside [...] must have whole numbers up to a million as both ends and at most "
                        + MAX_RANGE + " numbers: " + shortly(range));
            }
        }
        expressions(range, false);
    }

    /** How many numbers {@code from..to}, {@code from..<to} or {@code from..*to} (which may count down) has. */
    private static BigDecimal size(String symbol, BigDecimal from, BigDecimal to) {
        return switch (symbol) {
        case "..*" -> to.abs();
        case "..<" -> to.subtract(from).abs();
        default -> to.subtract(from).abs().add(BigDecimal.ONE);
        };
    }

    /** Data as given (a path such as {@code order.lines}), literals, or a range; possibly sorted or reversed. */
    private static boolean isSequenceAsGiven(Object node) {
        if (!(node instanceof TemplateObject n)) {
            return false;
        }
        List<Object> parameters = TemplateNodes.parameters(n);
        if (TemplateNodes.isBuiltIn(n)) {
            return AllowedBuiltIns.REORDERING.contains(AllowedBuiltIns.canonical(TemplateNodes.builtInName(n)))
                    && isSequenceAsGiven(parameters.get(0));
        }
        return switch (n.getClass().getSimpleName()) {
        case "Identifier", "Dot", "DynamicKeyName" -> isPath(n);
        case "Range" -> true;
        case "ListLiteral" -> parameters.stream().allMatch(TemplateCheck::isLiteral);
        case "ParentheticalExpression" -> isSequenceAsGiven(parameters.get(0));
        case "MethodCall" -> isSequenceAsGiven(parameters.get(0));
        default -> false;
        };
    }

    private static boolean isPath(TemplateObject node) {
        String kind = node.getClass().getSimpleName();
        return "Identifier".equals(kind) || ("Dot".equals(kind) || "DynamicKeyName".equals(kind))
                && isPath((TemplateObject) TemplateNodes.parameters(node).get(0));
    }

    private static boolean isLiteralArgument(Object node) {
        return isLiteral(node) || node instanceof TemplateObject list && "ListLiteral".equals(list.getClass().getSimpleName())
                && TemplateNodes.parameters(list).stream().allMatch(TemplateCheck::isLiteral);
    }

    private static boolean isLiteral(Object node) {
        if (!(node instanceof TemplateObject n)) {
            return false;
        }
        return switch (n.getClass().getSimpleName()) {
        case "NumberLiteral", "BooleanLiteral" -> true;
        // A string without ${...} in it; its canonical form is the text quoted
        case "StringLiteral" -> TemplateNodes.parameters(n).isEmpty()
                && n.getCanonicalForm().length() <= MAX_LITERAL_ARGUMENT + 2;
        default -> false;
        };
    }

    private static boolean isNumberUpTo(Object node, int max) {
        BigDecimal value = number(node);
        return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    private static BigDecimal smallNumber(Object node) {
        BigDecimal value = number(node);
        return value != null && value.abs().compareTo(BigDecimal.valueOf(1_000_000)) <= 0 ? value : null;
    }

    /** The value of a whole-number literal, or null for anything else. */
    private static BigDecimal number(Object node) {
        if (node instanceof TemplateObject n && "NumberLiteral".equals(n.getClass().getSimpleName())) {
            BigDecimal value = new BigDecimal(n.getCanonicalForm());
            return value.stripTrailingZeros().scale() <= 0 ? value : null;
        }
        return null;
    }

    private static String shortly(TemplateObject node) {
        String text = node.getCanonicalForm();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private ValidationException refused(TemplateObject node, String why) {
        return new ValidationException(field, "line " + node.getBeginLine() + ", column " + node.getBeginColumn() + ": " + why);
    }
}
