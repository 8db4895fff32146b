package org.ordo.rest.internal.json;

import org.ordo.api.rest.JsonBodies;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The API's JSON reading for bodies that do not come over HTTP. */
@Component
public class JsonBodiesService implements JsonBodies {
    private final ObjectMapper mapper = ObjectMappers.create();

    @Override
    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw JsonProvider.toProblem(e);
        }
    }
}
