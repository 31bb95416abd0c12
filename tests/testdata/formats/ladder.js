// Initech's ladder as a JavaScript data module.
export const tracks = {
  DELIVERY: {
    displayName: 'Delivery',
    milestones: [{
      summary: 'Ships small changes with help from the team',
      signals: ['Writes tests for the code they change'],
    }, {
      summary: 'Breaks a feature into reviewable changes',
      signals: [
        "Keeps the team informed about progress",
      ],
    }],
  },
}

export const titles = [
  {label: 'Engineer I', minPoints: 0},
  {label: 'Engineer II', minPoints: 5},
]
