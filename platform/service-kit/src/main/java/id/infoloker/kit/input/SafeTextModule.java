package id.infoloker.kit.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Every string read from a JSON body passes {@link TextRule}: one check for every field of every service, so a NUL
 * in a name, an address, a company name, a title or a login username is a 400 naming that field, never a 500 from
 * the database. Spring Boot registers it on the application's JSON mapper.
 */
public class SafeTextModule extends SimpleModule {

    public SafeTextModule() {
        super("infoloker-safe-text");
        addDeserializer(String.class, new SafeStringDeserializer());
    }

    static final class SafeStringDeserializer extends StdScalarDeserializer<String> {

        SafeStringDeserializer() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (!TextRule.isAcceptable(value)) {
                throw new UnacceptableTextException(parser);
            }
            return value;
        }
    }
}
