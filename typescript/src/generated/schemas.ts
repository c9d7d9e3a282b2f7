// GENERATED FILE, do not edit: made from schemas/*.json by codegen/typescript.mjs; regenerate with `nox -s codegen`.

/** A JSON Schema, as parsed JSON. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** The name of a file in schemas/. */
export type SchemaFile =
  | "bulk_datum.json"
  | "bulk_events.json"
  | "datum.json"
  | "datum_page.json"
  | "document.json"
  | "event.json"
  | "event_descriptor.json"
  | "event_page.json"
  | "resource.json"
  | "run_start.json"
  | "run_stop.json"
  | "stream_datum.json"
  | "stream_resource.json";

/** Every schema file of schemas/, keyed by file name. */
export const SCHEMA_FILES: Readonly<Record<SchemaFile, JsonSchema>> = {
  "bulk_datum.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://blueskyproject.io/event-model/schemas/v1/bulk_datum.json",
    "title": "BulkDatum",
    "description": "Deprecated: several datum of one resource in one message. Use datum pages instead.",
    "type": "object",
    "properties": {
      "resource": {
        "type": "string",
        "description": "The uid of the resource shared by every datum."
      },
      "datum_ids": {
        "type": "array",
        "description": "The datum_id of each datum.",
        "items": {
          "type": "string"
        }
      },
      "datum_kwarg_list": {
        "type": "array",
        "description": "The datum_kwargs of each datum, in the order of datum_ids.",
        "items": {
          "type": "object"
        }
      }
    },
    "required": [
      "resource",
      "datum_ids",
      "datum_kwarg_list"
    ],
    "additionalProperties": false
  },
  "bulk_events.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://blueskyproject.io/event-model/schemas/v1/bulk_events.json",
    "title": "BulkEvents",
    "description": "Deprecated: events of several streams in one message, keyed by descriptor uid. Use event pages instead.",
    "patternProperties": {
      "^.*$": {
        "type": "array",
        "description": "The events of one stream.",
        "items": {
          "type": "object",
          "description": "One event, in the form of an event document.",
          "properties": {
            "uid": {
              "type": "string",
              "description": "Identifier of the event."
            },
            "descriptor": {
              "type": "string",
              "description": "The uid of the event descriptor of the event's stream."
            },
            "seq_num": {
              "type": "integer",
              "description": "Position of the event in its stream, counting from 1."
            },
            "time": {
              "type": "number",
              "description": "When the event was made, as seconds since the UNIX epoch."
            },
            "data": {
              "type": "object",
              "description": "The reading of each data key."
            },
            "timestamps": {
              "type": "object",
              "description": "When each data key was read."
            },
            "filled": {
              "type": "object",
              "description": "Whether each externally stored data key has been loaded."
            }
          },
          "required": [
            "uid",
            "data",
            "timestamps",
            "time",
            "descriptor",
            "seq_num"
          ],
          "additionalProperties": false
        }
      }
    }
  },
  "datum.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://blueskyproject.io/event-model/schemas/v1/datum.json",
    "title": "Datum",
    "description": "Points at one piece of externally stored data inside a resource; events carry its datum_id in place of the data.",
    "type": "object",
    "properties": {
      "datum_id": {
        "type": "string",
        "description": "Identifier of this datum, unique across all documents; by convention '<resource uid>/<counter>'."
      },
      "resource": {
        "type": "string",
        "description": "The uid of the resource that holds the data."
      },
      "datum_kwargs": {
        "type": "object",
        "description": "Arguments that the resource's handler needs to read this piece, such as a frame index.",
        "additionalProperties": true
      }
    },
    "required": [
      "datum_id",
      "resource",
      "datum_kwargs"
    ],
    "additionalProperties": false
  },
  "datum_page.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://blueskyproject.io/event-model/schemas/v1/datum_page.json",
    "title": "DatumPage",
    "description": "Several datum of one resource stored column-wise: every field is a list with one entry per datum, in order.",
    "type": "object",
    "properties": {
      "datum_id": {
        "$ref": "#/$defs/DataFrameForDatumPage",
        "description": "The datum_id of each datum in the page."
      },
      "resource": {
        "type": "string",
        "description": "The uid of the resource shared by every datum in the page."
      },
      "datum_kwargs": {
        "type": "object",
        "description": "For each handler argument, the column of its values, one per datum.",
        "additionalProperties": {
          "type": "array",
          "items": {}
        }
      }
    },
    "required": [
      "datum_id",
      "resource",
      "datum_kwargs"
    ],
    "additionalProperties": false,
    "$defs": {
      "DataFrameForDatumPage": {
        "title": "DataFrameForDatumPage",
        "description": "A column of datum ids.",
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    }
  },
  "document.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://blueskyproject.io/event-model/schemas/v1/document.json",
    "title": "DocumentEnvelope",
    "description": "One message carrying one document together with its name, in either framing in use: an object with 'name' and 'doc', or a [name, doc] array.",
    "anyOf": [
      {
        "$ref": "#/$defs/NamedDocument"
      },
      {
        "$ref": "#/$defs/DocumentPair"
      }
    ],
    "$defs": {
      "NamedRunStart": {
        "title": "NamedRunStart",
        "description": "A RunStart document with its name, as an object.",
        "type": "object",
        "properties": {
          "name": {
            "const": "start",
            "description": "The document name."
          },
          "doc": {
            "$ref": "run_start.json",
            "description": "The document."
          }
        },
        "required": [
          "name",
          "doc"
        ],
        "additionalProperties": false
      },
      "RunStartPair": {
        "title": "RunStartPair",
        "description": "A RunStart document with its name, as a two-element array.",
        "type": "array",
        "prefixItems": [
          {
            "const": "start",
            "description": "The document name."
          },
          {
            "$ref": "run_start.json",
            "description": "The document."
          }
        ],
        "minItems": 2,
        "maxItems": 2
      },
      "NamedRunStop": {
        "title": "NamedRunStop",
        "description": "A RunStop document with its name, as an object.",
        "type": "object",
        "properties": {
          "name": {
            "const": "stop",
            "description": "The document name."
          },
          "doc": {
            "$ref": "run_stop.json",
            "description": "The document."
          }
        },
        "required": [
          "name",
          "doc"
        ],
        "additionalProperties": false
      },
      "RunStopPair": {
        "title": "RunStopPair",
        "description": "A RunStop document with its name, as a two-element array.",
        "type": "array",
        "prefixItems": [
          {
            "const": "stop",
            "description": "The document name."
          },
          {
            "$ref": "run_stop.json",
            "description": "The document."
          }
        ],
        "minItems": 2,
        "maxItems": 2
      },
      "NamedEventDescriptor": {
        "title": "NamedEventDescriptor",
        "description": "An EventDescriptor document with its name, as an object.",
        "type": "object",
        "properties": {
          "name": {
            "const": "descriptor",
            "description": "The document name."
          },
          "doc": {
            "$ref": "event_descriptor.json",
            "description": "The document."
          }
        },
        "required": [
          "name",
          "doc"
        ],
        "additionalProperties": false
      },
      "EventDescriptorPair": {
        "title": "EventDescriptorPair",
        "description": "An EventDescriptor document with its name, as a two-element array.",
        "type": "array",
        "prefixItems": [
          {
            "const": "descriptor",
            "description": "The document name."
          },
          {
            "$ref": "event_descriptor.json",
            "description": "The document."
          }
        ],
        "minItems": 2,
        "maxItems": 2
      },
      "NamedEvent": {
        "title": "NamedEvent",
        "description": "An Event document with its name, as an object.",
        "type": "object",
        "properties": {
          "name": {
            "const": "event",
            "description": "The document name."
          },
          "doc": {
            "$ref": "event.json",
            "description": "The document."
          }
        },
        "required": [
          "name",
          "doc"
        ],
        "additionalProperties": false
      },
      "EventPair": {
        "title": "EventPair",
        "description": "An Event document with its name, as a two-element array.",
        "type": "array",
        "prefixItems": [
          {
            "const": "event",
            "description": "The document name."
          },
          {
            "$ref": "event.json",
            "description": "The document."
          }
        ],
        "minItems": 2,
        "maxItems": 2
      },
      "NamedEventPage": {
        "title": "NamedEventPage",
        "description": "An EventPage document with its name, as an object.",
        "type": "object",
        "properties": {
          "name": {
            "const": "event_page",
            "description": "The document name."
          },
          "doc": {
            "$ref": "event_page.json",
            "description": "The document."
          }
        },
        "required": [
          "name",
          "doc"
        ],
        "additionalProperties": false
      },
      "EventPagePair": {
        "title": "EventPagePair",
        "description": "An EventPage document with its name, as a two-element array.",
        "type": "array",
        "prefixItems": [
          {
            "const": "event_page",
            "description": "The document name."
          },
          {
            "$ref": "event_page.json",
            "description": "The document."
          }
        ],
        "minItems": 2,
        "maxItems": 2
      },
      "NamedDatum": {
        "title": "NamedDatum",
        "description": "A Datum document with its name, as an object.",
        "type": "object",
        "properties": {
          "name": {
            "const": "datum",
            "description": "The document name."
          },
          "doc": {
            "$ref": "datum.json",
            "description": "The document."
          }
        },
        "required": [
          "name",
          "doc"
        ],
        "additionalProperties": false
      },
      "DatumPair": {
        "title": "DatumPair",
        "description": "A Datum document with its name, as a two-element array.",
        "type": "array",
        "prefixItems": [
          {
            "const": "datum",
            "description": "The document name."
          },
          {
            "$ref": "datum.json",
            "description": "The document."
          }
        ],
        "minItems": 2,
        "maxItems": 2
      },
      "NamedDatumPage": {
        "title": "NamedDatumPage",
        "description": "A DatumPage document with its name, as an object.",
        "type": "object",
        "properties": {
          "name": {
            "const": "datum_page",
            "description": "The document name."
          },
          "doc": {
            "$ref": "datum_page.json",
            "description": "The document."
          }
        },
        "required": [
          "name",
          "doc"
        ],
        "additionalProperties": false
      },
      "DatumPagePair": {
        "title": "DatumPagePair",
        "description": "A DatumPage document with its name, as a two-element array.",
        "type": "array",
        "prefixItems": [
          {
            "const": "datum_page",
            "description": "The document name."
          },
          {
            "$ref": "datum_page.json",
            "description": "The document."
          }
        ],
        "minItems": 2,
        "maxItems": 2
      },
      "NamedResource": {
        "title": "NamedResource",
        "description": "A Resource document with its name, as an object.",
        "type": "object",
        "properties": {
          "name": {
            "const": "resource",
            "description": "The document name."
          },
          "doc": {
            "$ref": "resource.json",
            "description": "The document."
          }
        },
        "required": [
          "name",
          "doc"
        ],
        "additionalProperties": false
      },
      "ResourcePair": {
        "title": "ResourcePair",
        "description": "A Resource document with its name, as a two-element array.",
        "type": "array",
        "prefixItems": [
          {
            "const": "resource",
            "description": "The document name."
          },
          {
            "$ref": "resource.json",
            "description": "The document."
          }
        ],
        "minItems": 2,
        "maxItems": 2
      },
      "NamedStreamResource": {
        "title": "NamedStreamResource",
        "description": "A StreamResource document with its name, as an object.",
        "type": "object",
        "properties": {
          "name": {
            "const": "stream_resource",
            "description": "The document name."
          },
          "doc": {
            "$ref": "stream_resource.json",
            "description": "The document."
          }
        },
        "required": [
          "name",
          "doc"
        ],
        "additionalProperties": false
      },
      "StreamResourcePair": {
        "title": "StreamResourcePair",
        "description": "A StreamResource document with its name, as a two-element array.",
        "type": "array",
        "prefixItems": [
          {
            "const": "stream_resource",
            "description": "The document name."
          },
          {
            "$ref": "stream_resource.json",
            "description": "The document."
          }
        ],
        "minItems": 2,
        "maxItems": 2
      },
      "NamedStreamDatum": {
        "title": "NamedStreamDatum",
        "description": "A StreamDatum document with its name, as an object.",
        "type": "object",
        "properties": {
          "name": {
            "const": "stream_datum",
            "description": "The document name."
          },
          "doc": {
            "$ref": "stream_datum.json",
            "description": "The document."
          }
        },
        "required": [
          "name",
          "doc"
        ],
        "additionalProperties": false
      },
      "StreamDatumPair": {
        "title": "StreamDatumPair",
        "description": "A StreamDatum document with its name, as a two-element array.",
        "type": "array",
        "prefixItems": [
          {
            "const": "stream_datum",
            "description": "The document name."
          },
          {
            "$ref": "stream_datum.json",
            "description": "The document."
          }
        ],
        "minItems": 2,
        "maxItems": 2
      },
      "NamedBulkEvents": {
        "title": "NamedBulkEvents",
        "description": "A BulkEvents document with its name, as an object.",
        "type": "object",
        "properties": {
          "name": {
            "const": "bulk_events",
            "description": "The document name."
          },
          "doc": {
            "$ref": "bulk_events.json",
            "description": "The document."
          }
        },
        "required": [
          "name",
          "doc"
        ],
        "additionalProperties": false
      },
      "BulkEventsPair": {
        "title": "BulkEventsPair",
        "description": "A BulkEvents document with its name, as a two-element array.",
        "type": "array",
        "prefixItems": [
          {
            "const": "bulk_events",
            "description": "The document name."
          },
          {
            "$ref": "bulk_events.json",
            "description": "The document."
          }
        ],
        "minItems": 2,
        "maxItems": 2
      },
      "NamedBulkDatum": {
        "title": "NamedBulkDatum",
        "description": "A BulkDatum document with its name, as an object.",
        "type": "object",
        "properties": {
          "name": {
            "const": "bulk_datum",
            "description": "The document name."
          },
          "doc": {
            "$ref": "bulk_datum.json",
            "description": "The document."
          }
        },
        "required": [
          "name",
          "doc"
        ],
        "additionalProperties": false
      },
      "BulkDatumPair": {
        "title": "BulkDatumPair",
        "description": "A BulkDatum document with its name, as a two-element array.",
        "type": "array",
        "prefixItems": [
          {
            "const": "bulk_datum",
            "description": "The document name."
          },
          {
            "$ref": "bulk_datum.json",
            "description": "The document."
          }
        ],
        "minItems": 2,
        "maxItems": 2
      },
      "NamedDocument": {
        "title": "NamedDocument",
        "description": "Any document with its name, as an object {\"name\": ..., \"doc\": ...}; the name tells which document schema the doc follows.",
        "anyOf": [
          {
            "$ref": "#/$defs/NamedRunStart"
          },
          {
            "$ref": "#/$defs/NamedRunStop"
          },
          {
            "$ref": "#/$defs/NamedEventDescriptor"
          },
          {
            "$ref": "#/$defs/NamedEvent"
          },
          {
            "$ref": "#/$defs/NamedEventPage"
          },
          {
            "$ref": "#/$defs/NamedDatum"
          },
          {
            "$ref": "#/$defs/NamedDatumPage"
          },
          {
            "$ref": "#/$defs/NamedResource"
          },
          {
            "$ref": "#/$defs/NamedStreamResource"
          },
          {
            "$ref": "#/$defs/NamedStreamDatum"
          },
          {
            "$ref": "#/$defs/NamedBulkEvents"
          },
          {
            "$ref": "#/$defs/NamedBulkDatum"
          }
        ]
      },
      "DocumentPair": {
        "title": "DocumentPair",
        "description": "Any document with its name, as a two-element array [name, doc], the framing of JSON-lines files and of the 0MQ and Kafka bridges.",
        "anyOf": [
          {
            "$ref": "#/$defs/RunStartPair"
          },
          {
            "$ref": "#/$defs/RunStopPair"
          },
          {
            "$ref": "#/$defs/EventDescriptorPair"
          },
          {
            "$ref": "#/$defs/EventPair"
          },
          {
            "$ref": "#/$defs/EventPagePair"
          },
          {
            "$ref": "#/$defs/DatumPair"
          },
          {
            "$ref": "#/$defs/DatumPagePair"
          },
          {
            "$ref": "#/$defs/ResourcePair"
          },
          {
            "$ref": "#/$defs/StreamResourcePair"
          },
          {
            "$ref": "#/$defs/StreamDatumPair"
          },
          {
            "$ref": "#/$defs/BulkEventsPair"
          },
          {
            "$ref": "#/$defs/BulkDatumPair"
          }
        ]
      }
    }
  },
  "event.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://blueskyproject.io/event-model/schemas/v1/event.json",
    "title": "Event",
    "description": "One row of a stream: a reading of every data key of the stream's descriptor, taken together.",
    "type": "object",
    "allOf": [
      {
        "$ref": "#/$defs/PartialEvent"
      }
    ],
    "properties": {
      "uid": {
        "type": "string",
        "description": "Identifier of this event, unique across all documents."
      },
      "descriptor": {
        "type": "string",
        "description": "The uid of the event descriptor of the stream this event belongs to."
      },
      "seq_num": {
        "type": "integer",
        "description": "Position of this event in its stream, counting from 1."
      }
    },
    "required": [
      "uid",
      "descriptor",
      "seq_num"
    ],
    "unevaluatedProperties": false,
    "$defs": {
      "PartialEvent": {
        "title": "PartialEvent",
        "description": "The part of an event that a device supplies; the run engine adds uid, descriptor and seq_num.",
        "type": "object",
        "properties": {
          "data": {
            "type": "object",
            "description": "The reading of each data key; for external data, the datum id that points at it until it is filled.",
            "additionalProperties": true
          },
          "timestamps": {
            "type": "object",
            "description": "When each data key was read, as seconds since the UNIX epoch, keyed like data.",
            "additionalProperties": true
          },
          "time": {
            "type": "number",
            "description": "When the event was made, as seconds since the UNIX epoch; may differ from the timestamps of its readings."
          },
          "filled": {
            "type": "object",
            "description": "For each externally stored data key: false while data holds a pointer to it, or, once the data have been loaded in place, true or the pointer that was replaced.",
            "additionalProperties": {
              "anyOf": [
                {
                  "type": "boolean"
                },
                {
                  "type": "string"
                }
              ]
            }
          }
        },
        "required": [
          "data",
          "timestamps",
          "time"
        ]
      }
    }
  },
  "event_descriptor.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://blueskyproject.io/event-model/schemas/v1/event_descriptor.json",
    "title": "EventDescriptor",
    "description": "Describes one stream of events before its first event: the name, type, shape and units of every data key, the configuration of the devices read, and hints for display.",
    "type": "object",
    "properties": {
      "uid": {
        "type": "string",
        "description": "Identifier of this descriptor, unique across all documents; events of the stream refer to it."
      },
      "time": {
        "type": "number",
        "description": "When the descriptor was created, as seconds since the UNIX epoch (UTC)."
      },
      "run_start": {
        "type": "string",
        "description": "The uid of the run start document of the run this stream belongs to."
      },
      "name": {
        "type": "string",
        "description": "Name of the stream, such as 'primary' or 'baseline'; several descriptors may share a name when their data keys agree."
      },
      "data_keys": {
        "type": "object",
        "description": "For each data key that the events of this stream carry, what it holds.",
        "additionalProperties": {
          "$ref": "#/$defs/DataKey"
        }
      },
      "configuration": {
        "type": "object",
        "description": "For each device read in this stream, its configuration readings at the time the descriptor was made.",
        "additionalProperties": {
          "$ref": "#/$defs/Configuration"
        }
      },
      "hints": {
        "$ref": "#/$defs/PerObjectHint",
        "description": "Presentation hints for the stream."
      },
      "object_keys": {
        "type": "object",
        "description": "For each device (object) name, the list of data keys it produced.",
        "additionalProperties": true
      },
      "object_classes": {
        "type": "object",
        "description": "For each device (object) name, the Python class that implements it.",
        "additionalProperties": {
          "type": "string"
        }
      }
    },
    "required": [
      "uid",
      "time",
      "run_start",
      "data_keys"
    ],
    "patternProperties": {
      "^([^./]+)$": {
        "$ref": "#/$defs/DataType"
      }
    },
    "additionalProperties": false,
    "$defs": {
      "DataType": {
        "title": "DataType",
        "description": "Any value; where the value is an object, none of its keys, at any depth, may contain '.' or '/'.",
        "patternProperties": {
          "^([^./]+)$": {
            "$ref": "#/$defs/DataType"
          }
        },
        "additionalProperties": false
      },
      "Dtype": {
        "title": "Dtype",
        "description": "The JSON type of one reading: 'string', 'number', 'array', 'boolean' or 'integer'.",
        "type": "string",
        "enum": [
          "string",
          "number",
          "array",
          "boolean",
          "integer"
        ]
      },
      "DtypeNumpy": {
        "title": "DtypeNumpy",
        "description": "A numpy array-protocol type string: byte order ('<', '>' or '|'), kind character and item size, such as '<f8' or '|u1'.",
        "type": "string",
        "pattern": "[|<>][tbiufcmMOSUV][0-9]+"
      },
      "DataKey": {
        "title": "DataKey",
        "description": "What one data key of a stream holds: where it comes from and the type, shape and units of each reading.",
        "type": "object",
        "properties": {
          "source": {
            "type": "string",
            "description": "Where the reading comes from, such as an EPICS PV name prefixed with 'PV:' or 'SIM:' for simulated devices."
          },
          "dtype": {
            "$ref": "#/$defs/Dtype",
            "description": "The JSON type of each reading."
          },
          "dtype_numpy": {
            "description": "The precise numpy type of each reading (or, for structured arrays, a list of [field name, type string] pairs), so readers can rebuild arrays without guessing.",
            "anyOf": [
              {
                "$ref": "#/$defs/DtypeNumpy"
              },
              {
                "type": "array",
                "items": {
                  "type": "array",
                  "minItems": 2,
                  "maxItems": 2,
                  "prefixItems": [
                    {
                      "type": "string"
                    },
                    {
                      "$ref": "#/$defs/DtypeNumpy"
                    }
                  ]
                }
              }
            ]
          },
          "shape": {
            "type": "array",
            "description": "The length of each dimension of one reading; empty for a scalar; null marks a dimension whose length varies.",
            "items": {
              "anyOf": [
                {
                  "type": "integer"
                },
                {
                  "type": "null"
                }
              ]
            }
          },
          "dims": {
            "type": "array",
            "description": "Names of the dimensions of one reading, one per entry of shape.",
            "items": {
              "type": "string"
            }
          },
          "units": {
            "description": "The physical units of the reading, such as 'mm' or 'counts', or null when unitless or unknown.",
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "precision": {
            "description": "How many decimal places are meaningful when showing the reading, or null when unknown.",
            "anyOf": [
              {
                "type": "integer"
              },
              {
                "type": "null"
              }
            ]
          },
          "choices": {
            "type": "array",
            "description": "For enumerated readings, the names of the allowed values.",
            "items": {
              "type": "string"
            }
          },
          "external": {
            "type": "string",
            "description": "Set when the reading is stored outside the events: an upper-case tag such as 'FILESTORE:' (resource and datum) or 'STREAM:' (stream resource and stream datum).",
            "pattern": "^[A-Z]+:?"
          },
          "object_name": {
            "type": "string",
            "description": "Name of the device (object) that produced this data key."
          },
          "limits": {
            "$ref": "#/$defs/Limits",
            "description": "The ranges within which the reading is expected to lie."
          }
        },
        "required": [
          "source",
          "dtype",
          "shape"
        ],
        "additionalProperties": true
      },
      "Limits": {
        "title": "Limits",
        "description": "The ranges a reading is expected to lie within, as a control system such as EPICS reports them.",
        "type": "object",
        "properties": {
          "control": {
            "description": "The range that the device accepts as set point.",
            "anyOf": [
              {
                "$ref": "#/$defs/LimitsRange"
              },
              {
                "type": "null"
              }
            ]
          },
          "display": {
            "description": "The range that displays should show.",
            "anyOf": [
              {
                "$ref": "#/$defs/LimitsRange"
              },
              {
                "type": "null"
              }
            ]
          },
          "warning": {
            "description": "Outside this range the reading raises a warning.",
            "anyOf": [
              {
                "$ref": "#/$defs/LimitsRange"
              },
              {
                "type": "null"
              }
            ]
          },
          "alarm": {
            "description": "Outside this range the reading raises an alarm.",
            "anyOf": [
              {
                "$ref": "#/$defs/LimitsRange"
              },
              {
                "type": "null"
              }
            ]
          },
          "hysteresis": {
            "description": "How far the reading must move back inside a range before its warning or alarm clears.",
            "anyOf": [
              {
                "type": "number"
              },
              {
                "type": "null"
              }
            ]
          },
          "rds": {
            "description": "Rate of change that is treated as a real change rather than noise.",
            "anyOf": [
              {
                "$ref": "#/$defs/RdsRange"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "additionalProperties": false
      },
      "LimitsRange": {
        "title": "LimitsRange",
        "description": "A closed range; either end may be null when unbounded.",
        "type": "object",
        "properties": {
          "low": {
            "description": "Lower end of the range, or null.",
            "anyOf": [
              {
                "type": "number"
              },
              {
                "type": "null"
              }
            ]
          },
          "high": {
            "description": "Upper end of the range, or null.",
            "anyOf": [
              {
                "type": "number"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "low",
          "high"
        ],
        "additionalProperties": false
      },
      "RdsRange": {
        "title": "RdsRange",
        "description": "Thresholds for a change of a reading to count as significant.",
        "type": "object",
        "properties": {
          "time_difference": {
            "type": "number",
            "description": "The time window, in seconds, over which changes are compared."
          },
          "value_difference": {
            "type": "number",
            "description": "The smallest change of value, within that window, that counts."
          }
        },
        "required": [
          "time_difference",
          "value_difference"
        ]
      },
      "Configuration": {
        "title": "Configuration",
        "description": "The configuration readings of one device, laid out like event data.",
        "type": "object",
        "properties": {
          "data": {
            "type": "object",
            "description": "The configuration value of each configuration key.",
            "additionalProperties": true
          },
          "timestamps": {
            "type": "object",
            "description": "When each configuration value was read, as seconds since the UNIX epoch.",
            "additionalProperties": true
          },
          "data_keys": {
            "type": "object",
            "description": "What each configuration key holds, as for the data keys of the stream.",
            "additionalProperties": {
              "$ref": "#/$defs/DataKey"
            }
          }
        },
        "additionalProperties": true
      },
      "PerObjectHint": {
        "title": "PerObjectHint",
        "description": "Presentation hints for one device (object) of the stream.",
        "type": "object",
        "properties": {
          "fields": {
            "type": "array",
            "description": "The data keys of the device most worth showing, most important first.",
            "items": {
              "type": "string"
            }
          },
          "NX_class": {
            "type": "string",
            "description": "The NeXus base class that best describes the device, such as 'NXdetector'.",
            "pattern": "^NX[A-Za-z_]+$"
          }
        },
        "additionalProperties": true
      }
    }
  },
  "event_page.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://blueskyproject.io/event-model/schemas/v1/event_page.json",
    "title": "EventPage",
    "description": "Several events of one stream stored column-wise: every field is a list with one entry per event, in order.",
    "type": "object",
    "allOf": [
      {
        "$ref": "#/$defs/PartialEventPage"
      }
    ],
    "properties": {
      "uid": {
        "type": "array",
        "description": "The uid of each event in the page.",
        "items": {
          "type": "string"
        }
      },
      "descriptor": {
        "type": "string",
        "description": "The uid of the event descriptor shared by every event in the page."
      },
      "seq_num": {
        "type": "array",
        "description": "The position of each event in its stream, counting from 1.",
        "items": {
          "type": "integer"
        }
      }
    },
    "required": [
      "uid",
      "descriptor",
      "seq_num"
    ],
    "unevaluatedProperties": false,
    "$defs": {
      "PartialEventPage": {
        "title": "PartialEventPage",
        "description": "The part of an event page that a device supplies; the run engine adds uid, descriptor and seq_num.",
        "type": "object",
        "properties": {
          "data": {
            "type": "object",
            "description": "For each data key, the column of its readings, one per event.",
            "additionalProperties": {
              "type": "array",
              "items": {}
            }
          },
          "timestamps": {
            "type": "object",
            "description": "For each data key, the column of times at which it was read, as seconds since the UNIX epoch.",
            "additionalProperties": {
              "type": "array",
              "items": {}
            }
          },
          "time": {
            "type": "array",
            "description": "When each event was made, as seconds since the UNIX epoch.",
            "items": {
              "type": "number"
            }
          },
          "filled": {
            "type": "object",
            "description": "For each externally stored data key, a column saying per event whether it is loaded (see the event's filled).",
            "additionalProperties": {
              "type": "array",
              "items": {
                "anyOf": [
                  {
                    "type": "boolean"
                  },
                  {
                    "type": "string"
                  }
                ]
              }
            }
          }
        },
        "required": [
          "data",
          "timestamps",
          "time"
        ]
      }
    }
  },
  "resource.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://blueskyproject.io/event-model/schemas/v1/resource.json",
    "title": "Resource",
    "description": "Names an external file or other store that datum documents point into, and the handler (spec) that reads it.",
    "type": "object",
    "allOf": [
      {
        "$ref": "#/$defs/PartialResource"
      }
    ],
    "properties": {
      "run_start": {
        "type": "string",
        "description": "The uid of the run start document of the run that wrote the resource; may be empty for resources shared between runs."
      },
      "path_semantics": {
        "type": "string",
        "enum": [
          "posix",
          "windows"
        ],
        "description": "How to split root and resource_path into parts: with '/' (posix) or '\\' (windows).",
        "default": "posix"
      }
    },
    "unevaluatedProperties": false,
    "$defs": {
      "PartialResource": {
        "title": "PartialResource",
        "description": "The part of a resource that a device supplies; the run engine adds run_start.",
        "type": "object",
        "properties": {
          "uid": {
            "type": "string",
            "description": "Identifier of this resource, unique across all documents; datum refer to it."
          },
          "spec": {
            "type": "string",
            "description": "Names the format of the store and so the handler that can read it, such as 'AD_HDF5' or 'NPY_SEQ'."
          },
          "root": {
            "type": "string",
            "description": "The part of the path that may differ between machines (a mount point); readers may remap it."
          },
          "resource_path": {
            "type": "string",
            "description": "The path of the store relative to root."
          },
          "resource_kwargs": {
            "type": "object",
            "description": "Arguments that the handler needs to open the store, such as frames per point.",
            "additionalProperties": true
          }
        },
        "required": [
          "uid",
          "spec",
          "root",
          "resource_path",
          "resource_kwargs"
        ]
      }
    }
  },
  "run_start.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://blueskyproject.io/event-model/schemas/v1/run_start.json",
    "title": "RunStart",
    "description": "Opens a run: the first document of every run, recording what was intended, on what sample, by whom and when. Every later document of the run points back to its uid.",
    "type": "object",
    "properties": {
      "uid": {
        "type": "string",
        "description": "Identifier of this run, unique across all runs ever recorded; the other documents of the run refer to it."
      },
      "time": {
        "type": "number",
        "description": "When the run began, as seconds since the UNIX epoch (UTC)."
      },
      "scan_id": {
        "type": "integer",
        "description": "A short, human-friendly number for the run, usually counting up at a facility; unlike uid it need not be unique."
      },
      "owner": {
        "type": "string",
        "description": "The account or person that started the run."
      },
      "group": {
        "type": "string",
        "description": "The group, proposal team or facility unit that the run belongs to, for access control."
      },
      "project": {
        "type": "string",
        "description": "The scientific project that the run is part of."
      },
      "sample": {
        "description": "What was measured: a free-text sample name, or an object of sample metadata (name, composition, ...).",
        "anyOf": [
          {
            "type": "object",
            "additionalProperties": true
          },
          {
            "type": "string"
          }
        ]
      },
      "data_session": {
        "type": "string",
        "description": "The experiment session (a proposal, beamtime or visit identifier) under which the data were taken, used to grant access."
      },
      "data_groups": {
        "type": "array",
        "description": "Names of the groups that may read the data of this run.",
        "items": {
          "type": "string"
        }
      },
      "data_type": {
        "$ref": "#/$defs/DataType",
        "description": "Extra metadata under this key must not use '.' or '/' in the names of nested keys."
      },
      "hints": {
        "$ref": "#/$defs/Hints",
        "description": "Suggestions for viewers about how to present the run, such as which fields are its independent axes."
      },
      "projections": {
        "type": "array",
        "description": "Maps from the fields of this run onto the layout of an external standard or file format (for example a NeXus application definition).",
        "items": {
          "$ref": "#/$defs/Projections"
        }
      }
    },
    "required": [
      "uid",
      "time"
    ],
    "patternProperties": {
      "^([^./]+)$": {
        "$ref": "#/$defs/DataType"
      }
    },
    "additionalProperties": false,
    "$defs": {
      "DataType": {
        "title": "DataType",
        "description": "Any value; where the value is an object, none of its keys, at any depth, may contain '.' or '/'.",
        "patternProperties": {
          "^([^./]+)$": {
            "$ref": "#/$defs/DataType"
          }
        },
        "additionalProperties": false
      },
      "Hints": {
        "title": "Hints",
        "description": "Presentation hints for the whole run. Keys other than dimensions are allowed but must not contain '.'.",
        "type": "object",
        "patternProperties": {
          "^([^.]+)$": {
            "$ref": "#/$defs/DataType"
          }
        },
        "properties": {
          "dimensions": {
            "type": "array",
            "description": "The independent axes of the run: each entry pairs a list of field names with the name of the stream they are read from, e.g. [[\"motor\"], \"primary\"].",
            "items": {
              "type": "array",
              "items": {
                "anyOf": [
                  {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  {
                    "type": "string"
                  }
                ]
              }
            }
          }
        },
        "additionalProperties": false
      },
      "Projections": {
        "title": "Projections",
        "description": "One projection: how to lay the fields of this run out in a named external format.",
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "description": "Name of the projection, for people choosing among several."
          },
          "version": {
            "type": "string",
            "description": "Version of the projection, so readers can tell layouts apart as they evolve."
          },
          "configuration": {
            "type": "object",
            "description": "Settings that the program applying the projection needs.",
            "additionalProperties": true
          },
          "projection": {
            "type": "object",
            "description": "For each destination path in the target format, where its value comes from.",
            "additionalProperties": {
              "anyOf": [
                {
                  "$ref": "#/$defs/ConfigurationProjection"
                },
                {
                  "$ref": "#/$defs/LinkedEventProjection"
                },
                {
                  "$ref": "#/$defs/CalculatedEventProjection"
                },
                {
                  "$ref": "#/$defs/StaticProjection"
                }
              ]
            }
          }
        },
        "required": [
          "configuration",
          "projection",
          "version"
        ]
      },
      "ConfigurationProjection": {
        "title": "ConfigurationProjection",
        "description": "Takes a value from a device's configuration as recorded in one stream's descriptor.",
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "const": "linked",
            "description": "Always 'linked': the value is read from the run, not computed."
          },
          "location": {
            "type": "string",
            "const": "configuration",
            "description": "Always 'configuration': the value lives in a descriptor's configuration."
          },
          "stream": {
            "type": "string",
            "description": "Name of the stream whose descriptor holds the configuration."
          },
          "config_index": {
            "type": "integer",
            "description": "Which of the stream's descriptors to read, counting from 0, when the stream has several."
          },
          "config_device": {
            "type": "string",
            "description": "The device whose configuration holds the field."
          },
          "field": {
            "type": "string",
            "description": "The configuration field to read."
          }
        },
        "required": [
          "type",
          "location",
          "stream",
          "config_index",
          "config_device",
          "field"
        ]
      },
      "LinkedEventProjection": {
        "title": "LinkedEventProjection",
        "description": "Takes the values of one field of a stream's events.",
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "const": "linked",
            "description": "Always 'linked': the values are read from the run, not computed."
          },
          "location": {
            "type": "string",
            "const": "event",
            "description": "Always 'event': the values come from event data."
          },
          "stream": {
            "type": "string",
            "description": "Name of the stream whose events hold the field."
          },
          "field": {
            "type": "string",
            "description": "The data key to read from each event."
          }
        },
        "required": [
          "type",
          "location",
          "stream",
          "field"
        ]
      },
      "CalculatedEventProjection": {
        "title": "CalculatedEventProjection",
        "description": "Computes values from one field of a stream's events with a named function.",
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "const": "calculated",
            "description": "Always 'calculated': the values are the output of a function."
          },
          "location": {
            "type": "string",
            "const": "event",
            "description": "Always 'event': the function's input comes from event data."
          },
          "stream": {
            "type": "string",
            "description": "Name of the stream whose events are the input."
          },
          "field": {
            "type": "string",
            "description": "The data key passed to the function."
          },
          "calculation": {
            "$ref": "#/$defs/Calculation",
            "description": "The function to apply and its extra arguments."
          }
        },
        "required": [
          "type",
          "location",
          "stream",
          "field",
          "calculation"
        ]
      },
      "StaticProjection": {
        "title": "StaticProjection",
        "description": "A fixed value written as is.",
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "const": "static",
            "description": "Always 'static': the value is given here."
          },
          "value": {
            "description": "The value to write."
          }
        },
        "required": [
          "type",
          "value"
        ]
      },
      "Calculation": {
        "title": "Calculation",
        "description": "A function, named by import path, with arguments to call it with.",
        "type": "object",
        "properties": {
          "callable": {
            "type": "string",
            "description": "Import path of the function, as 'package.module:function' or 'package.module.function'."
          },
          "args": {
            "type": "array",
            "description": "Positional arguments passed after the input values.",
            "items": {}
          },
          "kwargs": {
            "type": "object",
            "description": "Keyword arguments passed to the function.",
            "additionalProperties": true
          }
        },
        "required": [
          "callable"
        ],
        "additionalProperties": true
      }
    }
  },
  "run_stop.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://blueskyproject.io/event-model/schemas/v1/run_stop.json",
    "title": "RunStop",
    "description": "Closes a run: the last document of every run, saying how it ended and how many events each stream holds.",
    "type": "object",
    "properties": {
      "uid": {
        "type": "string",
        "description": "Identifier of this stop document, unique across all documents."
      },
      "time": {
        "type": "number",
        "description": "When the run ended, as seconds since the UNIX epoch (UTC)."
      },
      "run_start": {
        "type": "string",
        "description": "The uid of the run start document of the run this document closes."
      },
      "exit_status": {
        "type": "string",
        "enum": [
          "success",
          "abort",
          "fail"
        ],
        "description": "How the run ended: 'success' when the plan completed, 'abort' when a person stopped it, 'fail' when an error ended it."
      },
      "reason": {
        "type": "string",
        "description": "In words, why the run ended this way (usually the error message of a failed run)."
      },
      "num_events": {
        "type": "object",
        "description": "For each stream name, the number of events emitted into it.",
        "additionalProperties": {
          "type": "integer"
        }
      },
      "data_type": {
        "$ref": "#/$defs/DataType",
        "description": "Extra metadata under this key must not use '.' or '/' in the names of nested keys."
      }
    },
    "required": [
      "uid",
      "time",
      "run_start",
      "exit_status"
    ],
    "patternProperties": {
      "^([^./]+)$": {
        "$ref": "#/$defs/DataType"
      }
    },
    "additionalProperties": false,
    "$defs": {
      "DataType": {
        "title": "DataType",
        "description": "Any value: extra metadata attached to the stop document."
      }
    }
  },
  "stream_datum.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://blueskyproject.io/event-model/schemas/v1/stream_datum.json",
    "title": "StreamDatum",
    "description": "Says that a range of rows of a stream resource holds the readings of a range of events of one stream.",
    "type": "object",
    "properties": {
      "uid": {
        "type": "string",
        "description": "Identifier of this stream datum, unique across all documents; by convention '<stream resource uid>/<counter>'."
      },
      "stream_resource": {
        "type": "string",
        "description": "The uid of the stream resource whose rows are meant."
      },
      "descriptor": {
        "type": "string",
        "description": "The uid of the event descriptor of the stream whose events the rows belong to."
      },
      "indices": {
        "$ref": "#/$defs/StreamRange",
        "description": "The rows of the stream resource, as a half-open range."
      },
      "seq_nums": {
        "$ref": "#/$defs/StreamRange",
        "description": "The seq_num of the events the rows belong to, as a half-open range."
      }
    },
    "required": [
      "uid",
      "stream_resource",
      "descriptor",
      "indices",
      "seq_nums"
    ],
    "additionalProperties": true,
    "$defs": {
      "StreamRange": {
        "title": "StreamRange",
        "description": "A half-open range of integers: start is included, stop is not.",
        "type": "object",
        "properties": {
          "start": {
            "type": "integer",
            "description": "First value of the range."
          },
          "stop": {
            "type": "integer",
            "description": "One past the last value of the range."
          }
        },
        "required": [
          "start",
          "stop"
        ]
      }
    }
  },
  "stream_resource.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://blueskyproject.io/event-model/schemas/v1/stream_resource.json",
    "title": "StreamResource",
    "description": "Names an external store (such as an HDF5 dataset) that holds the readings of one data key for many events, addressed by stream datum.",
    "type": "object",
    "properties": {
      "uid": {
        "type": "string",
        "description": "Identifier of this stream resource, unique across all documents; stream datum refer to it."
      },
      "run_start": {
        "type": "string",
        "description": "The uid of the run start document of the run that wrote the store."
      },
      "data_key": {
        "type": "string",
        "description": "The data key of the stream whose readings the store holds."
      },
      "mimetype": {
        "type": "string",
        "description": "The media type of the store, which tells readers how to open it, such as 'application/x-hdf5'."
      },
      "uri": {
        "type": "string",
        "description": "Where the store is, as a URI such as 'file://localhost/data/scan.h5'."
      },
      "parameters": {
        "type": "object",
        "description": "What a reader needs to find the data in the store, such as the dataset path and chunk shape.",
        "additionalProperties": true
      }
    },
    "required": [
      "uid",
      "data_key",
      "mimetype",
      "uri",
      "parameters"
    ],
    "additionalProperties": true
  },
};
