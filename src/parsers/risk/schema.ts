// The native risk register format. The same schema is shipped as src/rules/risk-register/risk-register.schema.json
// for editors; a test keeps the two equal.

export const RISK_REGISTER_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/sdlc-gate/sdlc-gate/risk-register-v1.schema.json',
  title: 'sdlc-gate risk register (ISO 14971 / IEC 62304 7)',
  description:
    "Hazards of the device's software, their causes in software items, the risk controls that reduce them (each implemented by a requirement), and the residual risk.",
  type: 'object',
  additionalProperties: false,
  required: ['scales', 'acceptability', 'hazards'],
  properties: {
    $schema: {
      type: 'string',
    },
    scales: {
      type: 'object',
      additionalProperties: false,
      required: ['severity', 'probability'],
      description: 'The ordered levels, least to most.',
      properties: {
        severity: {
          $ref: '#/definitions/levels',
        },
        probability: {
          $ref: '#/definitions/levels',
        },
      },
    },
    acceptability: {
      type: 'object',
      description: 'Per severity level, the highest acceptable probability.',
      additionalProperties: {
        $ref: '#/definitions/level',
      },
    },
    hazards: {
      type: 'array',
      items: {
        $ref: '#/definitions/hazard',
      },
    },
  },
  definitions: {
    level: {
      type: 'string',
      minLength: 1,
    },
    levels: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: {
        $ref: '#/definitions/level',
      },
    },
    id: {
      type: 'string',
      pattern: '^[A-Za-z][A-Za-z0-9_.-]*$',
    },
    text: {
      type: 'string',
      minLength: 1,
      pattern: '\\S',
    },
    hazard: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'hazard', 'hazardous_situation', 'harm', 'causes', 'severity', 'probability', 'controls', 'residual'],
      properties: {
        id: {
          $ref: '#/definitions/id',
        },
        hazard: {
          $ref: '#/definitions/text',
        },
        hazardous_situation: {
          $ref: '#/definitions/text',
        },
        harm: {
          $ref: '#/definitions/text',
        },
        causes: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'text'],
            properties: {
              id: {
                $ref: '#/definitions/id',
              },
              text: {
                $ref: '#/definitions/text',
              },
              software_item: {
                type: 'string',
                minLength: 1,
                description: 'The software item (a classification item name) the cause lies in.',
              },
            },
          },
        },
        severity: {
          $ref: '#/definitions/level',
        },
        probability: {
          $ref: '#/definitions/level',
          description: 'Before the risk controls.',
        },
        controls: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'requirement'],
            properties: {
              id: {
                $ref: '#/definitions/id',
              },
              requirement: {
                type: 'string',
                minLength: 1,
                description: 'The id of the requirement that implements the control (IEC 62304 5.2.3).',
              },
              text: {
                $ref: '#/definitions/text',
              },
            },
          },
        },
        residual: {
          type: 'object',
          additionalProperties: false,
          required: ['probability'],
          properties: {
            probability: {
              $ref: '#/definitions/level',
              description: 'After the risk controls.',
            },
            severity: {
              $ref: '#/definitions/level',
              description: "After the risk controls, when they also reduce the severity; default: the hazard's severity.",
            },
          },
        },
        justification: {
          type: ['string', 'null'],
          description: 'Benefit-risk justification; required when the residual risk is not acceptable by the matrix.',
        },
      },
    },
  },
} as const;
