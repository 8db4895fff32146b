package org.ordo.email.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.ordo.api.error.ValidationException;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Renders admins' email templates with Apache FreeMarker, configured so that a template only reads the
 * data it is given: the data model is plain maps, lists, strings and numbers wrapped by
 * {@link SimpleObjectWrapper}, which refuses any other object and so exposes no Java method;
 * {@code ?new} may instantiate no class; {@code ?api} is off; there is no template loader, so
 * {@code #include} and {@code #import} find nothing. HTML bodies escape every value. Before a template
 * first runs, {@link TemplateCheck} refuses whatever could escape the limits (evaluating text,
 * regular expressions, variables, macros, huge ranges or padding); then it runs for at most a time
 * limit, subject and body together, and writes at most a length limit, so one cannot hold a thread.
 */
public final class TemplateRenderer {
    static final int MAX_OUTPUT = 512 * 1024;
    /** About 10 templates of the largest size, or hundreds of usual ones. */
    static final int PARSED_CHARACTERS_KEPT = 1_000_000;

    private final Configuration text = configuration(PlainTextOutputFormat.INSTANCE);
    private final Configuration html = configuration(HTMLOutputFormat.INSTANCE);
    private final Duration timeLimit;
    private final ScheduledExecutorService watchdog;
    private final ParsedTemplates parsed = new ParsedTemplates(PARSED_CHARACTERS_KEPT);

    /** @param watchdog interrupts a rendering that runs past {@code timeLimit} */
    public TemplateRenderer(Duration timeLimit, ScheduledExecutorService watchdog) {
        this.timeLimit = timeLimit;
        this.watchdog = watchdog;
    }

    private static Configuration configuration(OutputFormat outputFormat) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setOutputFormat(outputFormat);
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        c.setRecognizeStandardFileExtensions(false);
        c.setLocalizedLookup(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setURLEscapingCharset("UTF-8");
        return c;
    }

    public RenderedEmail render(String subject, String body, Format format, Map<String, Object> model) {
        Template subjectTemplate = parse("subject", subject, Format.TEXT);
        Template bodyTemplate = parse("body", body, format);
        Alarm alarm = new Alarm(Thread.currentThread());
        ScheduledFuture<?> timer = watchdog.schedule(alarm::ring, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            String renderedSubject = Recipients.oneLine(run("subject", subjectTemplate, model, alarm));
            if (renderedSubject.isBlank()) {
                throw new ValidationException("subject", "renders empty");
            }
            return new RenderedEmail(renderedSubject, run("body", bodyTemplate, model, alarm), format);
        } finally {
            timer.cancel(false);
            alarm.silence();
        }
    }

    private Template parse(String field, String source, Format format) {
        ParsedTemplates.Key key = new ParsedTemplates.Key(field, format, source);
        Template template = parsed.get(key);
        if (template == null) {
            template = parseAnew(field, source, format);
            parsed.put(key, template);
        }
        return template;
    }

    private Template parseAnew(String field, String source, Format format) {
        Configuration configuration = format == Format.HTML ? html : text;
        try {
            Template template = new Template(field, new StringReader(source), configuration);
            TemplateCheck.check(field, template, configuration.getOutputFormat(), format == Format.HTML);
            // Lets the watchdog's interrupt stop a template between two of its instructions
            _CoreAPI.addThreadInterruptedChecks(template);
            return template;
        } catch (ParseException e) {
            throw new ValidationException(field, "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + firstParagraph(e.getEditorMessage()));
        } catch (StackOverflowError e) {
            // FreeMarker's parser descends once per level of nesting: thousands of ( or <#if> exhaust the stack
            throw new ValidationException(field, "nests too deeply to be read");
        } catch (IOException e) {
            throw new IllegalStateException("Reading a template from a string failed", e);
        }
    }

    private String run(String field, Template template, Map<String, Object> model, Alarm alarm) {
        BoundedWriter out = new BoundedWriter(MAX_OUTPUT);
        try {
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            if (alarm.rang()) {
                throw tooSlow(field);
            }
            throw new ValidationException(field, where(e) + firstParagraph(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw new ValidationException(field, "renders longer than " + MAX_OUTPUT + " characters");
        } catch (RuntimeException e) {
            if (alarm.rang()) {
                throw tooSlow(field);
            }
            throw e;
        }
    }

    private ValidationException tooSlow(String field) {
        return new ValidationException(field, "takes longer than " + timeLimit.toMillis() + " ms to render");
    }

    private static String where(TemplateException e) {
        return e.getLineNumber() == null ? "" : "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": ";
    }

    /** FreeMarker's messages go on with tips and a stack; the first paragraph says what is wrong. */
    private static String firstParagraph(String message) {
        String first = message == null ? "" : message.split("\\R\\s*\\R|\\R----", 2)[0];
        return first.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** Interrupts the rendering thread once, unless the rendering finished first. */
    private static final class Alarm {
        private final Thread renderer;
        private boolean finished;
        private boolean rang;

        Alarm(Thread renderer) {
            this.renderer = renderer;
        }

        synchronized void ring() {
            if (!finished) {
                rang = true;
                renderer.interrupt();
            }
        }

        synchronized boolean rang() {
            return rang;
        }

        synchronized void silence() {
            finished = true;
            if (rang) {
                // The interrupt was ours, not the caller's: clear it before the thread goes on
                Thread.interrupted();
            }
        }
    }

    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int limit;

        BoundedWriter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (text.length() + length > limit) {
                throw new IOException("Rendered text longer than " + limit + " characters");
            }
            text.append(chars, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
